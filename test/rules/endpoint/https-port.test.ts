import { testRule } from '../../rule-tester.js';
import { classic, FILE, internet, oddShapes } from './agent-config.js';

/** A cn-hangzhou file with this data endpoint and `data_server_port` (as JSON text). */
const withPort = (endpoint: string, port: string) =>
  classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', endpoint, `,\n  "data_server_port": ${port}`);

testRule('endpoint/https-port', {
  valid: [
    { name: 'no scheme with port 443', files: withPort('cn-hangzhou.log.aliyuncs.com', '443') },
    { name: 'https:// with port 443', files: withPort('https://cn-hangzhou.log.aliyuncs.com', '443') },
    { name: 'http:// with port 80', files: withPort('http://cn-hangzhou.log.aliyuncs.com', '80') },
    { name: 'no scheme with port 80', files: withPort('cn-hangzhou.log.aliyuncs.com', '80') },
    { name: 'https:// with the port as a string', files: withPort('https://cn-hangzhou.log.aliyuncs.com', '"80"') },
    { name: 'https:// with port 8080', files: withPort('https://cn-hangzhou.log.aliyuncs.com', '8080') },
    { name: 'no data_server_port', files: internet('cn-hangzhou') },
    { name: 'https:// without data_server_port', files: classic('https://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com') },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'data_server_port 80 with an https:// endpoint: still HTTPS on 443',
      files: withPort('https://cn-hangzhou.log.aliyuncs.com', '80'),
      findings: [
        { at: '9:23-9:25', severity: 'info', pointer: '/data_server_port', related: [`${FILE}@6:19-6:57`], message:
          '`data_server_port` is 80, which means HTTP, but `data_server_list[0].endpoint` is `https://`: with port 80 the agent still sends to an `https://` endpoint over HTTPS on port 443, so the 80 has no effect there. Remove `data_server_port: 80` (it changes nothing for `https://` endpoints), or set it to 443 to say HTTPS for every data endpoint.' },
      ],
    },
    {
      name: 'data_server_port 443 with an http:// endpoint: contradictory',
      files: withPort('http://cn-hangzhou.log.aliyuncs.com', '443'),
      findings: [
        { at: '9:23-9:26', pointer: '/data_server_port', related: [`${FILE}@6:19-6:56`], message:
          '`data_server_port` is 443, which makes data upload use HTTPS (Logtail 1.0.10 or later), but `data_server_list[0].endpoint` is written with `http://`. Which of the two wins is not documented. Write the endpoint without a scheme or with `https://` so both say HTTPS, or remove `data_server_port` if you meant HTTP.' },
      ],
    },
  ],
});
