import { describe, expect, it, vi } from 'vitest';

// The HCL parser (web-tree-sitter + wasm) is loaded only when a .tf file worth parsing is read.
const load = vi.hoisted(() => vi.fn());
vi.mock('../../src/readers/tree-sitter.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/readers/tree-sitter.js')>();
  return { terraformParser: () => (load(), real.terraformParser()) };
});

const { read } = await import('./util.js');

describe('lazy Terraform parser', () => {
  it('is not loaded for repos without relevant .tf files', async () => {
    await read({ 'a.yaml': 'kind: ConfigMap\n', 'b.json': '{}', 'aws.tf': 'resource "aws_instance" "x" {}\n', 'c.tf.json': '{"resource": {}}' });
    expect(load).not.toHaveBeenCalled();
  });

  it('is loaded by the first alicloud .tf file', async () => {
    const facts = await read({ 'main.tf': 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(facts.providers).toHaveLength(1);
  });
});
