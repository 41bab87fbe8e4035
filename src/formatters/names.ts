/** The output formats, in one tiny module so the CLI can check flags without loading formatters. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit', 'summary', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
