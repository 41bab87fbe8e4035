/**
 * What `/bin/sh` is in a container base image, as far as `echo -e` goes (docs/reference/shells.md
 * §1: dash prints `-e`, busybox ash and bash honour it). By the image's repository name; `[I]`:
 * distribution defaults, not read from the images.
 */
export type ShFlavour = 'dash' | 'busybox' | 'bash';

const BY_NAME: ReadonlyArray<[RegExp, ShFlavour, string]> = [
  [/^(?:debian|ubuntu)$/, 'dash', 'Debian and Ubuntu use dash as /bin/sh'],
  [/^(?:alpine|busybox)$/, 'busybox', 'Alpine and busybox use busybox ash as /bin/sh'],
  [/^(?:centos|rockylinux|almalinux|fedora|amazonlinux|oraclelinux|ubi\d*(?:-\w+)?|alinux\d*|anolisos|openanolis)$/, 'bash', 'the Red Hat family uses bash as /bin/sh'],
];

/** The `/bin/sh` of `image` (`ubuntu:22.04`, `docker.io/library/debian`, `python:3.12-alpine`), with why; undefined when unknown. */
export function shOfImage(image: string): { flavour: ShFlavour; why: string } | undefined {
  const ref = image.split('@')[0];
  const lastSlash = ref.lastIndexOf('/');
  const [name, tag = ''] = ref
    .slice(lastSlash + 1)
    .toLowerCase()
    .split(':');
  // An official image's variant tag names its base (`python:3.12-alpine`, `node:20-bookworm`).
  if (/alpine/.test(tag) || /alpine/.test(name)) return { flavour: 'busybox', why: 'Alpine images use busybox ash as /bin/sh' };
  for (const [re, flavour, why] of BY_NAME) if (re.test(name)) return { flavour, why };
  if (/^(?:bookworm|bullseye|buster|trixie|jammy|noble|focal)|-(?:bookworm|bullseye|buster|trixie|jammy|noble|focal)/.test(tag))
    return { flavour: 'dash', why: `the tag ${tag} is a Debian or Ubuntu release, whose /bin/sh is dash` };
  return undefined;
}

/** Plain OS images: they hold no /etc/ilogtail of their own (docs/reference/shells.md §2). */
export function isOsImage(image: string): boolean {
  const ref = image.split('@')[0];
  const name = ref
    .slice(ref.lastIndexOf('/') + 1)
    .toLowerCase()
    .split(':')[0];
  return BY_NAME.some(([re]) => re.test(name));
}
