/**
 * How the agent reads its host files: limits and rules that more than one stage needs. Each
 * constant names its source (docs/reference/agent-config.md).
 */

/**
 * The agent reads at most this many bytes of user_defined_id: `ReadFileContent`'s default
 * maximum; the rest is silently dropped (docs/reference/agent-config.md §4, 1.8 `common/FileSystemUtil.h:87`,
 * `.cpp:120-138`).
 */
export const USER_DEFINED_ID_READ_LIMIT = 8192;
