import { testRule } from '../../rule-tester.js';
import { DISCARDED, host } from './config-text.js';

/** Texts whose problem has a rule of its own (config/bom, leading-content, comment-breaks-precheck, trailing-comma, root-not-object, duplicate-key, trailing-content). */
const OTHER_RULES = ['\uFEFF{}', '\r\n{}', '// x\n{}', '{\n// "\n}', '{"a":1,}', '[{}]', '{"a":1,"a":2}', '{} x'];

testRule('config/invalid-json', {
  valid: [
    ...OTHER_RULES.map((text) => ({ name: `a problem with its own rule: ${JSON.stringify(text)}`, files: host(text) })),
    {
      name: 'what the agent accepts: comments inside, CRLF, raw newlines in strings, leading zeros',
      files: host('{\r\n  // comment\r\n  /* block */ "working_hostname": "a\nb",\r\n  "mem_usage_limit": 0384\r\n}\r\n'),
    },
  ],
  invalid: [
    {
      name: 'an empty file, saying the agent runs on defaults',
      files: host(''),
      findings: [
        { at: '1:1-1:1', message: `File is empty: the agent rejects it, so ${DISCARDED} Write the JSON object the installer generates: {"config_server_address": …, "data_server_list": [{"cluster": …, "endpoint": …}]}.` },
      ],
    },
    {
      name: 'a whitespace-only file',
      files: host('  \n\t\n'),
      findings: [
        { at: '1:1-3:1', message: `File is empty: the agent rejects it, so ${DISCARDED} Write the JSON object the installer generates: {"config_server_address": …, "data_server_list": [{"cluster": …, "endpoint": …}]}.` },
      ],
    },
    {
      name: 'a file with only comments',
      files: host('// nothing here yet\n'),
      findings: [
        { at: '1:1-1:20', message: `File holds only comments, no JSON object: the agent rejects it, so ${DISCARDED} Add the settings object ({ … }) and put the comments inside it.` },
      ],
    },
    {
      name: 'single-quoted keys',
      files: host("{'cpu_usage_limit': 0.4}"),
      findings: [
        { at: '1:2-1:19', message: `Single-quoted string \`'cpu_usage_limit'\`: the agent's JSON reader (jsoncpp 1.8.4, allowSingleQuotes=false) rejects it, so ${DISCARDED} Use double quotes.` },
      ],
    },
    {
      name: 'unquoted keys',
      files: host('{\n  cpu_usage_limit: 0.4\n}'),
      findings: [
        { at: '2:3-2:18', message: `Key \`cpu_usage_limit\` is not in double quotes: the agent's JSON reader rejects unquoted keys, so ${DISCARDED} Write "cpu_usage_limit".` },
      ],
    },
    {
      name: 'NaN',
      files: host('{"cpu_usage_limit": NaN}'),
      findings: [
        { at: '1:21-1:24', message: `NaN is not a JSON number: the agent's JSON reader (jsoncpp 1.8.4, allowSpecialFloats=false) rejects it, so ${DISCARDED} Write a finite number.` },
      ],
    },
    {
      name: '-Infinity',
      files: host('{"cpu_usage_limit": -Infinity}'),
      findings: [
        { at: '1:21-1:30', message: `-Infinity is not a JSON number: the agent's JSON reader (jsoncpp 1.8.4, allowSpecialFloats=false) rejects it, so ${DISCARDED} Write a finite number.` },
      ],
    },
    {
      name: 'a hexadecimal number',
      files: host('{"mem_usage_limit": 0x800}'),
      findings: [
        { at: '1:21-1:26', message: `Hexadecimal number 0x800: JSON has no hex literals and the agent's JSON reader rejects it, so ${DISCARDED} Write it in decimal (2048).` },
      ],
    },
    {
      name: 'a number with a plus sign',
      files: host('{"mem_usage_limit": +384}'),
      findings: [
        { at: '1:21-1:25', message: `Number with a leading "+" (+384): the agent's JSON reader rejects it, so ${DISCARDED} Remove the "+".` },
      ],
    },
    {
      name: 'one finding per distinct problem',
      files: host("{'a': 1, b: 2, \"c\": NaN}"),
      findings: [
        { at: '1:2-1:5', message: `Single-quoted string \`'a'\`: the agent's JSON reader (jsoncpp 1.8.4, allowSingleQuotes=false) rejects it, so ${DISCARDED} Use double quotes.` },
        { at: '1:10-1:11', message: `Key \`b\` is not in double quotes: the agent's JSON reader rejects unquoted keys, so ${DISCARDED} Write "b".` },
        { at: '1:21-1:24', message: `NaN is not a JSON number: the agent's JSON reader (jsoncpp 1.8.4, allowSpecialFloats=false) rejects it, so ${DISCARDED} Write a finite number.` },
      ],
    },
    {
      name: 'bad escapes such as unescaped Windows paths',
      files: host('{"check_point_filename": "C:\\LogtailData\\cp"}'),
      findings: [
        { at: '1:29-1:31', message: `Invalid escape \`\\L\` in a string: the agent's JSON reader rejects it ("Bad escape sequence"), so ${DISCARDED} Write a backslash as \\\\ (Windows paths: "C:\\\\LogtailData\\\\"), or use a valid escape (\\n, \\t, \\uXXXX with a full surrogate pair).` },
      ],
    },
    {
      name: 'a "..." line copied from docs, without cascades',
      files: host('{\n  "cpu_usage_limit": 0.4,\n  ...\n}\n'),
      findings: [
        { at: '3:3-3:6', message: `Unexpected \`...\` where the agent's JSON reader expects a key or "}", so ${DISCARDED} Fix the syntax here (stray text, a missing quote, or a character that is not JSON).` },
      ],
    },
    {
      name: 'markdown escapes copied from docs',
      files: host('{"config_server_address": "http://$\\{domain\\}"}'),
      findings: [
        { at: '1:36-1:38', message: `Invalid escape \`\\{\` in a string (a markdown escape copied from a web page?): the agent's JSON reader rejects it ("Bad escape sequence"), so ${DISCARDED} Write a backslash as \\\\ (Windows paths: "C:\\\\LogtailData\\\\"), or use a valid escape (\\n, \\t, \\uXXXX with a full surrogate pair).` },
      ],
    },
    {
      name: 'a missing comma',
      files: host('{"a": 1\n "b": 2}'),
      findings: [
        { at: '2:2-2:5', message: `Missing "," before \`"b"\`: the agent's JSON reader rejects it ("Missing ',' or '}'"), so ${DISCARDED} Add a comma after the previous member.` },
      ],
    },
    {
      name: 'a missing colon',
      files: host('{"a" 1}'),
      findings: [
        { at: '1:2-1:5', message: `Missing ":" after key "a": the agent's JSON reader rejects the object ("Missing ':' after object member name"), so ${DISCARDED} Add the colon.` },
      ],
    },
    {
      name: 'a missing value',
      files: host('{"a": }'),
      findings: [
        { at: '1:7-1:8', message: `A value is missing before \`}\`: the agent's JSON reader rejects it, so ${DISCARDED} Write the value or remove the extra punctuation.` },
      ],
    },
    {
      name: 'a missing comma in an array',
      files: host('{"a": [1 2]}'),
      findings: [
        { at: '1:10-1:11', message: `Missing "," before \`2\`: the agent's JSON reader rejects it ("Missing ',' or ']'"), so ${DISCARDED} Add a comma after the previous element.` },
      ],
    },
    {
      name: 'an unclosed object, at its "{"',
      files: host('{\n  "data_server_list": [\n    {"cluster": "cn-hangzhou"\n  ]\n}\n'),
      findings: [
        { at: '3:5-3:6', message: `This "{" is never closed: the file ends first, so ${DISCARDED} Add the missing "}".` },
      ],
    },
    {
      name: 'an unterminated string',
      files: host('{"a": "abc'),
      findings: [
        { at: '1:7-1:8', message: `This string is never closed: the agent's JSON reader reaches the end of the file inside it, so ${DISCARDED} Add the closing double quote.` },
      ],
    },
    {
      name: 'an unterminated comment',
      files: host('{"a": 1 /* open'),
      findings: [
        { at: '1:9-1:11', message: `This /* comment is never closed, so ${DISCARDED} Close it with */.` },
      ],
    },
    {
      name: 'a "}" after the root that the pre-check counts',
      files: host('{"cpu_usage_limit": 0.4}\n}\n'),
      findings: [
        { at: '2:1-2:2', message: `This "}" has no matching "{": the agent's pre-check counts every brace outside quotes, even after the root object, and fails as soon as the count goes negative, so ${DISCARDED} Remove the extra "}".` },
      ],
    },
    {
      name: "nesting deeper than jsoncpp's stackLimit, once",
      files: host('{"a":' + '['.repeat(1200) + ']'.repeat(1200) + '}'),
      findings: [
        { at: '1:1005-1:1006', message: `Values nested more than 1000 deep: the agent's JSON reader (jsoncpp 1.8.4, stackLimit=1000) gives up here, so ${DISCARDED} Flatten the structure.` },
      ],
    },
  ],
});
