import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, intranet, loong, raw, ODD_SHAPES, LC_FILE } from '../endpoint/agent-config.js';

const ID = 'region/retired';

describe('region/retired', () => {
  it('the vendor doc example: cluster ap-southeast-2 with cn-hangzhou-intranet endpoints', async () => {
    const tree = classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'ap-southeast-2', 'cn-hangzhou-intranet.log.aliyuncs.com');
    const [d, ...more] = await findings(tree, ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('5:18-5:34');
    expect(d.severity).toBe('error');
    expect(d.message).toContain('Region `ap-southeast-2` (Sydney) is closed');
    expect(d.message).toContain('2024-09-30');
    expect(d.message).toContain('logtail.sh install <region>');
    expect(d.related).toEqual([]);
    expect(d.fix).toBeUndefined();
  });

  it('one finding per region per file, at the first place, the others related', async () => {
    const [d, ...more] = await findings(intranet('ap-south-1'), ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('2:28-2:81');
    expect(d.message).toContain('Mumbai');
    expect(d.message).toContain('2024-07-15');
    expect(d.message).toContain('`config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`');
    expect(d.related?.map((r) => span(r))).toEqual(['5:18-5:30', '6:19-6:57']);
  });

  it('rus-west-1 (date unknown), also with a network suffix left on the cluster', async () => {
    const [d] = await findings(classic('http://logtail.rus-west-1.log.aliyuncs.com', 'rus-west-1-intranet', 'rus-west-1.log.aliyuncs.com'), ID);
    expect(d.message).toContain('Moscow');
    expect(d.message).toContain('date unknown');
    expect(d.related).toHaveLength(2);
  });

  it('LoongCollector form', async () => {
    const found = await findings(loong('ap-southeast-2', 'http://logtail.ap-southeast-2.log.aliyuncs.com', 'ap-southeast-2', ['ap-southeast-2.log.aliyuncs.com']), ID);
    expect(found.map((d) => [d.file, span(d), d.related?.length])).toEqual([[LC_FILE, '2:21-2:37', 3]]);
  });

  it('active, decommissioning and unverified regions are not retired; odd shapes do not throw', async () => {
    for (const r of ['cn-hangzhou', 'cn-nanjing', 'me-central-1', 'ap-southeast-1', 'ap-southeast-3']) expect(await findings(intranet(r), ID)).toEqual([]);
    for (const text of ODD_SHAPES) expect(await findings(raw(text), ID)).toEqual([]);
  });
});
