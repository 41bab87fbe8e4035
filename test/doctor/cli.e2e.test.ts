import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../helpers.js';
import { HEALTHY_CONFIG, logtailPair, makeHostRoot } from './host-root.js';
import { runDoctorBin, toStandIn } from './run-doctor.js';
import { CERT_FILE, closedPort, startStandIn, type StandIn } from './stand-in.js';

const REPO = {
  '.logtail-lint.json': JSON.stringify({ projects: [{ name: 'shop-app-logs', region: 'cn-hangzhou', ownerAccountId: '1234567890123456' }] }),
  'sls.tf': `provider "alicloud" {\n  region = "cn-hangzhou"\n}\n\nresource "alicloud_log_project" "shop" {\n  project_name = "shop-app-logs"\n}\n\nresource "alicloud_log_machine_group" "web" {\n  project       = alicloud_log_project.shop.project_name\n  name          = "web-servers"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\n`,
};

let sls: StandIn;
let tls: StandIn;
let skewed: StandIn;
beforeAll(async () => {
  [sls, tls, skewed] = await Promise.all([startStandIn(), startStandIn({ tls: true }), startStandIn({ skewSec: -1200 })]);
});
afterAll(async () => {
  await Promise.all([sls.close(), tls.close(), skewed.close()]);
});

const healthy = () =>
  makeHostRoot({
    config: HEALTHY_CONFIG,
    appInfo: { hostname: 'web-01', ip: '192.168.7.10', logtail_version: '1.8.7', UUID: 'X' },
    userDefinedId: 'web-prod\n',
    users: ['1234567890123456'],
    processes: logtailPair(600),
  });

describe('logtail-lint doctor (the built CLI, hermetic)', () => {
  it('a healthy host exits 0 with every step passing', async () => {
    const repo = writeTree(REPO);
    const r = await runDoctorBin(['--root', healthy(), '--repo', repo, ...toStandIn(sls.port, tls.port), '--ca', CERT_FILE]);
    console.log(r.stdout, r.stderr);
    expect(r.status).toBe(0);
  });
});
