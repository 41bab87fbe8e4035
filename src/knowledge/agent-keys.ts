/**
 * Every top-level key the agent reads from ilogtail_config.json, as data, with its source.
 *
 * The agent passes every top-level key to gflags (docs/reference/agent-config.md §2.1 step 4), so any
 * gflag name is a legal key; the typed keys of §2.3 are read by the config loader itself. A key
 * in none of these lists is ignored with only a DEBUG log line: most likely a typo.
 *
 * Sources: docs/reference/agent-config.md (§ numbers below) and
 * docs/reference/sls-regions-and-iac.md (B.x).
 */

export type GflagType = 'BOOL' | 'INT32' | 'INT64' | 'DOUBLE' | 'STRING';

/**
 * The gflags of the 2.1 open-source agent (agent-config Appendix B: non-comment
 * `DEFINE_FLAG_*` lines in `core/` `.cpp` files, unit tests excluded; 272 names). Enterprise builds
 * have more [ENT], which is why an unknown key is only a warning.
 */
export const GFLAGS: Readonly<Record<GflagType, readonly string[]>> = {
  BOOL: [
    'check_profile_region', 'default_accept_multi_config', 'default_input_flow_control',
    'default_resource_auto_scale', 'default_secondary_storage', 'dump_reduced_send_result',
    'e2e_send_throughput_test', 'enable_cgroup', 'enable_chinese_tag_path',
    'enable_containerd_upper_dir_detect', 'enable_env_ref_in_config', 'enable_flow_control',
    'enable_full_drain_mode', 'enable_mock_send', 'enable_new_pipeline', 'enable_polling_discovery',
    'enable_processor_spl', 'enable_root_path_collection', 'enable_send_tps_smoothing',
    'enable_sls_metrics_format', 'force_close_file_on_container_stopped', 'fs_events_inotify_enable',
    'global_network_success', 'ilogtail_disable_core', 'ilogtail_discard_old_data',
    'logtail_async_logger_enable', 'logtail_dump_monitor_info', 'send_prefer_real_ip', 'send_running_status',
    'sls_client_send_compress', 'sls_observer_network_protocol_stat',
  ],
  INT32: [
    'adhoc_checkpoint_dump_thread_wait_interval', 'batch_send_interval', 'batch_send_metric_size',
    'buffer_check_period', 'buffer_file_alive_interval', 'check_base_dir_interval',
    'check_block_event_interval', 'check_handler_timeout_interval', 'check_not_exist_file_dir_round',
    'check_point_check_interval', 'check_point_dump_interval', 'check_point_max_count', 'check_point_version',
    'check_send_client_timeout_interval', 'check_symbolic_link_interval', 'check_timeout_interval',
    'checkpoint_find_max_cache_size', 'checkpoint_find_max_file_count', 'clear_config_match_interval',
    'client_disable_send_retry_interval', 'client_disable_send_retry_interval_max',
    'client_quota_send_concurrency_min', 'client_quota_send_retry_interval',
    'client_quota_send_retry_interval_max', 'client_send_concurrency_max',
    'client_send_concurrency_max_update_time', 'client_send_concurrency_trigger',
    'config_match_max_cache_size', 'config_scan_interval', 'config_update_interval', 'cookie_timeout_interval',
    'cpu_limit_num', 'data_integrity_regex_time_pos', 'data_server_port', 'debug_logprocess_queue_flag',
    'default_buffer_file_num', 'default_file_offset_check_interval', 'default_flush_merged_buffer_interval',
    'default_fuse_file_header_length', 'default_local_file_size', 'default_max_inotify_watch_num',
    'default_max_send_byte_per_sec', 'default_oas_connect_timeout', 'default_oas_request_timeout',
    'default_plugin_log_queue_size', 'default_reader_flush_timeout', 'default_send_byte_per_sec',
    'default_tail_limit_kb', 'default_wait_second', 'delay_bytes_upperlimit', 'delete_dir_file_round',
    'dirfile_check_interval_ms', 'dirfile_stat_count', 'dirfile_stat_sleep', 'discard_send_fail_interval',
    'docker_config_update_interval', 'dump_inotify_watcher_interval',
    'eliminated_file_heart_beat_send_interval', 'existed_file_active_timeout', 'exit_flushout_duration',
    'file_check_point_time_out', 'file_eliminate_interval', 'file_encryption_header_length',
    'file_map_max_size', 'file_map_shrink_size', 'file_tags_update_interval',
    'force_release_deleted_file_fd_timeout', 'ignore_file_modify_timeout', 'ilogtail_discard_interval',
    'ilogtail_epoll_time_out', 'ilogtail_epoll_wait_events', 'ilogtail_max_epoll_events',
    'line_count_data_send_interval', 'log_expire_time', 'log_input_thread_wait_interval',
    'log_integrity_send_interval', 'logreader_count_max', 'logreader_count_max_remove_count',
    'logreader_count_maxlimit', 'logreader_count_upperlimit', 'logreader_filedeleted_remove_interval',
    'logreader_filerotate_remove_interval', 'logreader_max_rotate_queue_size', 'logreader_timeout_interval',
    'logtail_alarm_interval', 'logtail_async_logger_queue_size', 'logtail_async_logger_thread_num',
    'logtail_checkpoint_check_gc_interval_sec', 'logtail_checkpoint_expired_threshold_sec',
    'logtail_checkpoint_gc_threshold_sec', 'logtail_low_level_alarm_speed',
    'logtail_queue_check_gc_interval_sec', 'logtail_queue_gc_threshold_sec', 'logtail_spl_pipeline_quota',
    'logtail_spl_query_max_size', 'max_block_event_timeout', 'max_buffer_num', 'max_client_quota_exceed_count',
    'max_client_send_error_count', 'max_docker_config_update_times', 'max_exactly_once_concurrency',
    'max_file_not_exist_times', 'max_fix_pos_bytes', 'max_holded_data_size', 'max_multi_config_size',
    'max_open_files_limit', 'max_polling_event_queue_size', 'max_reader_open_files', 'max_send_log_group_size',
    'max_watch_dir_count', 'mem_check_point_time_out', 'mem_limit_num', 'merge_log_count_limit',
    'merge_send_packet_interval', 'modify_cache_make_space_interval', 'modify_cache_max',
    'modify_check_interval', 'modify_stat_count', 'modify_stat_sleepMs', 'monitor_interval',
    'multi_config_alarm_interval', 'polling_check_timeout_interval', 'polling_dir_first_watch_timeout',
    'polling_dir_timeout', 'polling_dir_upperlimit', 'polling_file_first_watch_timeout',
    'polling_file_timeout', 'polling_file_upperlimit', 'polling_max_stat_count',
    'polling_max_stat_count_per_config', 'polling_max_stat_count_per_dir', 'polling_modify_repush_interval',
    'process_buffer_count_upperlimit_perthread', 'process_thread_count', 'profile_data_send_interval',
    'profile_data_send_retrytimes', 'profiling_check_interval', 'pub_buffer_file_num', 'pub_local_file_size',
    'pub_max_buffer_num', 'pub_max_holded_data_size', 'pub_max_send_byte_per_sec', 'pub_send_byte_per_sec',
    'quota_exceed_wait_interval', 'raw_log_init_buffer_size', 'read_delay_alarm_duration',
    'read_local_event_interval', 'reader_close_unused_file_time', 'reset_region_concurrency_error_count',
    'rotate_overflow_error_interval', 'same_topic_merge_send_count', 'search_checkpoint_default_dir_depth',
    'secondary_buffer_count_limit', 'send_check_real_ip_interval', 'send_client_timeout_interval',
    'send_request_concurrency', 'send_retry_sleep_interval', 'send_retrytimes', 'send_statistic_entry_timeout',
    'send_switch_real_ip_interval', 'skip_first_modify_time', 'sls_client_send_timeout',
    'sls_host_update_interval', 'sls_observer_network_no_data_sleep_interval_ms',
    'sls_observer_network_pcap_loop_count', 'sls_observer_process_update_interval',
    'tcmalloc_release_memory_interval', 'test_network_normal_interval', 'test_unavailable_endpoint_interval',
    'timeout_interval', 'truncate_pos_skip_bytes', 'unauthorized_allowed_delay_after_reset',
    'unauthorized_send_retrytimes', 'unknow_error_try_max', 'wildcard_max_sub_dir_count',
    'write_secondary_wait_timeout',
  ],
  INT64: [
    'logtail_checkpoint_max_used_time_per_round_in_msec', 'logtail_queue_max_used_time_per_round_in_msec',
    'memory_usage_up_limit', 'pub_memory_usage_up_limit', 'read_file_time_slice', 'read_fs_events_interval',
    'sls_observer_ebpf_min_kernel_version', 'sls_observer_ebpf_nobtf_kernel_version',
    'sls_observer_network_cleanall_disable_process_interval', 'sls_observer_network_connection_closed_timeout',
    'sls_observer_network_connection_timeout', 'sls_observer_network_ebpf_connection_gc_interval',
    'sls_observer_network_gc_interval', 'sls_observer_network_hostname_timeout',
    'sls_observer_network_max_save_size', 'sls_observer_network_probe_disable_process_interval',
    'sls_observer_network_process_destroyed_timeout', 'sls_observer_network_process_no_connection_timeout',
    'sls_observer_network_process_timeout',
  ],
  DOUBLE: [
    'client_disable_send_retry_interval_scale', 'client_quota_send_retry_interval_scale', 'cpu_usage_up_limit',
    'default_machine_cpu_usage_threshold', 'loggroup_bytes_inflation',
    'logtail_checkpoint_max_gc_count_ratio_per_round', 'pub_cpu_usage_up_limit',
    'send_server_error_ratio_smoothing_factor', 'send_server_error_retry_ratio',
  ],
  STRING: [
    'ALIYUN_LOG_FILE_TAGS', 'adhoc_check_point_file_dir', 'app_info_file', 'buffer_file_path',
    'check_point_filename', 'crash_stack_file_name', 'custom_user_agent', 'data_endpoint_policy',
    'default_access_key', 'default_access_key_id', 'default_buffer_file_path', 'default_container_host_path',
    'default_env_tag_keys', 'default_include_config_path', 'default_region_name',
    'file_encryption_field_key_version', 'file_encryption_field_splitter',
    'file_encryption_key_value_splitter', 'file_encryption_magic_number', 'host_path_blacklist',
    'ilogtail_config', 'ilogtail_config_env_name', 'ilogtail_docker_file_path_config',
    'ilogtail_docker_path_version', 'inotify_watcher_dirs_dump_filename', 'local_event_data_file_name',
    'logtail_integrity_snapshot', 'logtail_line_count_snapshot', 'logtail_profile_aliuid',
    'logtail_profile_snapshot', 'logtail_snapshot_dir', 'logtail_sys_conf_dir', 'metrics_report_method',
    'profile_project_name', 'raw_log_tag', 'sls_observer_ebpf_host_path', 'sls_observer_network_save_filename',
  ],
};

/** Keys the config loader reads with type checks (agent-config §2.3, 2.1). */
export const TYPED_KEYS: readonly string[] = [
  // control and data plane [ENT] (§2.3)
  'config_server_address', 'data_server_list', 'config_server_address_list',
  // host identity and network (§2.3)
  'working_ip', 'working_hostname', 'bind_interface',
  // resources (§2.3)
  'cpu_usage_limit', 'mem_usage_limit', 'max_bytes_per_sec', 'bytes_per_sec', 'process_thread_count',
  'send_request_concurrency', 'buffer_file_num', 'buffer_file_size', 'buffer_file_path', 'buffer_map_num',
  'buffer_map_size',
  // paths (§2.3)
  'check_point_filename', 'check_point_file_path', 'docker_file_cache_path', 'logtail_sys_conf_dir',
  'include_config_path',
  // behaviour (§2.3)
  'enable_log_time_auto_adjust', 'data_server_port', 'discard_old_data', 'force_quit_read_timeout',
  'max_read_buffer_size', 'oas_connect_timeout', 'oas_request_timeout', 'enable_host_ip_replace',
  'enable_response_verification', 'enable_checkpoint_sync_write', 'resource_auto_scale', 'input_flow_control',
  'machine_cpu_usage_threshold', 'scaled_cpu_usage_limit', 'no_inotify', 'ignore_dir_inode_changed',
  'shennong_unix_socket', 'log_parse_error', 'streamlog_open', 'inotify_black_list', 'dynamic_plugins',
  'accept_multi_config', 'max_multi_config', 'system_boot_time', 'log_profile_save_interval',
  'send_prefer_real_ip', 'send_switch_real_ip_interval', 'truncate_pos_skip_bytes', 'batch_send_interval',
  'batch_send_metric_size', 'enable_polling_discovery', 'check_profile_region',
  // reader and polling tuning (§2.3)
  'logreader_max_rotate_queue_size', 'logreader_filedeleted_remove_interval', 'check_handler_timeout_interval',
  'reader_close_unused_file_time', 'max_docker_config_update_times', 'docker_config_update_interval',
  'default_tail_limit_kb', 'read_local_event_interval', 'check_point_dump_interval',
  'search_checkpoint_default_dir_depth', 'checkpoint_find_max_file_count', 'polling_dirfile_check_interval_ms',
  'polling_dir_first_watch_timeout', 'polling_file_first_watch_timeout', 'polling_modify_check_interval',
  'polling_ignore_file_modify_timeout',
];

/** Read only by 1.8 (agent-config §2.3, "1.8-only keys" and `user_config_file_path`, `user_local_config_filename`). */
export const V18_ONLY_KEYS: readonly string[] = [
  'user_config_file_path', 'user_local_config_filename',
  'streamlog_tcp_addr', 'streamlog_tcp_port', 'streamlog_pool_size_in_mb', 'streamlog_rcv_size_each_call',
  'streamlog_formats', 'container_mode', 'container_mount_path', 'customized_config_ip', 'alipay_zone',
  'alipay_zone_env_name', 'rapid_retry_update_config', 'enable_collection_mark', 'enable_env_ref_in_config',
  'global_fuse_mode', 'mapping_conf_path', 'main_loop_check_interval',
];

/**
 * LoongCollector enterprise form (agent-config §2.3 [DOC-ALIYUN]; §2.1 step 4: LC skips
 * `data_servers` and `auth_config`), and `region`, which the installer reads in that "new
 * format" (sls-regions-and-iac B.2, S6 `get_install_param_from_config_file`).
 */
export const LOONGCOLLECTOR_KEYS: readonly string[] = ['primary_region', 'config_servers', 'data_servers', 'auth_config', 'region'];

/** Community (open-source) ConfigServer keys (agent-config §2.3). */
export const COMMUNITY_KEYS: readonly string[] = ['ilogtail_configserver_address', 'config_server_list', 'ilogtail_tags'];

/** Top-level keys that only an SLS-connected agent reads (docs/reference/iac-and-editions.md §7): one in a config decides its edition. */
export const SLS_EDITION_KEYS: readonly string[] = ['config_server_address', 'config_server_address_list', 'data_server_list', 'primary_region', 'config_servers', 'data_servers'];

/**
 * Keys of the open-source agent: its ConfigServer in both spellings (agent-config §2.3), and the
 * access keys a community config that flushes to SLS carries instead of endpoints ("configs with
 * only access keys (community edition)", docs/reference/real-world-patterns.md). An SLS key in
 * the same file decides first.
 */
export const COMMUNITY_EDITION_KEYS: readonly string[] = [...COMMUNITY_KEYS, 'default_access_key_id', 'default_access_key'];

/**
 * Flag-only keys the repository documents (agent-config §2.3 last rows, [DOC-REPO]
 * `docs/cn/configuration/system-config.md`); all are also gflags.
 */
export const DOCUMENTED_FLAG_KEYS: readonly string[] = [
  'default_access_key_id', 'default_access_key', 'config_scan_interval', 'send_running_status',
  'host_path_blacklist', 'metrics_report_method',
];

/** Keys in the Alibaba Cloud startup-parameter table (sls-regions-and-iac B.3, S8) not listed above. */
export const S8_DOCUMENTED_KEYS: readonly string[] = [
  'ilogtail_discard_interval', 'force_release_deleted_file_fd_timeout', 'data_endpoint_policy',
  'default_reader_flush_timeout',
];

/**
 * Environment variables that set a key (agent-config §2.3 "Env override" column). Written in the
 * JSON they are just unknown keys: the file wants the key name.
 */
export const ENV_TO_KEY: Readonly<Record<string, string>> = {
  ALIYUN_LOGTAIL_WORKING_IP: 'working_ip',
  ALIYUN_LOGTAIL_WORKING_HOSTNAME: 'working_hostname',
  ALIYUN_LOGTAIL_CHECK_POINT_PATH: 'check_point_filename',
  ALIYUN_LOGTAIL_DOCKER_FILE_CACHE_PATH: 'docker_file_cache_path',
  ALIYUN_LOGTAIL_SYS_CONF_DIR: 'logtail_sys_conf_dir',
  ALIYUN_LOGTAIL_USER_CONIFG_PATH: 'user_config_file_path',
  ALIYUN_LOGTAIL_USER_LOCAL_CONFIG_FILENAME: 'user_local_config_filename',
  ALIYUN_LOGTAIL_ENABLE_LOG_TIME_AUTO_ADJUST: 'enable_log_time_auto_adjust',
  ALIYUN_LOGTAIL_DATA_SERVER_PORT: 'data_server_port',
  ALIYUN_LOGTAIL_DISCARD_OLD_DATA: 'discard_old_data',
  ALIYUN_LOGTAIL_FORCE_QUIT_READ_TIMEOUT: 'force_quit_read_timeout',
  ALIYUN_LOGTAIL_MAX_READ_BUFFER_SIZE: 'max_read_buffer_size',
  ALIYUN_LOGTAIL_OAS_CONNECT_TIMEOUT: 'oas_connect_timeout',
  ALIYUN_LOGTAIL_OAS_REQUEST_TIMEOUT: 'oas_request_timeout',
  ALIYUN_LOGTAIL_ENABLE_HOST_IP_REPLACE: 'enable_host_ip_replace',
  ALIYUN_LOGTAIL_ENABLE_RESPONSE_VERIFICATION: 'enable_response_verification',
  ALIYUN_LOGTAIL_ENABLE_CHECKPOINT_SYNC_WRITE: 'enable_checkpoint_sync_write',
  ALIYUN_LOGTAIL_ACCEPT_MULTI_CONFIG: 'accept_multi_config',
  ALIYUN_LOGTAIL_MAX_MULTI_CONFIG: 'max_multi_config',
  ALIYUN_LOGTAIL_TRUNCATE_POS_SKIP_BYTES: 'truncate_pos_skip_bytes',
  ALIYUN_LOGTAIL_BATCH_SEND_INTERVAL: 'batch_send_interval',
  ALIYUN_LOGTAIL_BATCH_SEND_METRIC_SIZE: 'batch_send_metric_size',
  ALIYUN_LOGTAIL_ENABLE_POLLING_DISCOVERY: 'enable_polling_discovery',
  ALIYUN_LOGTAIL_CHECKPOINT_DUMP_INTERVAL: 'check_point_dump_interval',
  // "most have ALIYUN_LOGTAIL_<UPPER_NAME>" (the reader and polling tuning row)
  ALIYUN_LOGTAIL_LOGREADER_MAX_ROTATE_QUEUE_SIZE: 'logreader_max_rotate_queue_size',
  ALIYUN_LOGTAIL_LOGREADER_FILEDELETED_REMOVE_INTERVAL: 'logreader_filedeleted_remove_interval',
  ALIYUN_LOGTAIL_CHECK_HANDLER_TIMEOUT_INTERVAL: 'check_handler_timeout_interval',
  ALIYUN_LOGTAIL_READER_CLOSE_UNUSED_FILE_TIME: 'reader_close_unused_file_time',
  ALIYUN_LOGTAIL_MAX_DOCKER_CONFIG_UPDATE_TIMES: 'max_docker_config_update_times',
  ALIYUN_LOGTAIL_DOCKER_CONFIG_UPDATE_INTERVAL: 'docker_config_update_interval',
  ALIYUN_LOGTAIL_DEFAULT_TAIL_LIMIT_KB: 'default_tail_limit_kb',
  ALIYUN_LOGTAIL_SEARCH_CHECKPOINT_DEFAULT_DIR_DEPTH: 'search_checkpoint_default_dir_depth',
  ALIYUN_LOGTAIL_CHECKPOINT_FIND_MAX_FILE_COUNT: 'checkpoint_find_max_file_count',
  ALIYUN_LOGTAIL_POLLING_DIRFILE_CHECK_INTERVAL_MS: 'polling_dirfile_check_interval_ms',
  ALIYUN_LOGTAIL_POLLING_DIR_FIRST_WATCH_TIMEOUT: 'polling_dir_first_watch_timeout',
  ALIYUN_LOGTAIL_POLLING_FILE_FIRST_WATCH_TIMEOUT: 'polling_file_first_watch_timeout',
  ALIYUN_LOGTAIL_POLLING_MODIFY_CHECK_INTERVAL: 'polling_modify_check_interval',
  ALIYUN_LOGTAIL_POLLING_IGNORE_FILE_MODIFY_TIMEOUT: 'polling_ignore_file_modify_timeout',
};

/**
 * Environment variables that configure the agent but have no key in this file (agent-config
 * §1.1, §2.3 "Other environment inputs", §3, §4; sls-regions-and-iac B.3 "Environment-only keys").
 */
export const ENV_ONLY_VARS: readonly string[] = [
  'ALIYUN_LOGTAIL_CONFIG', 'LOONG_CONFIG', 'ALIYUN_LOGTAIL_USER_ID', 'ALIYUN_LOGTAIL_USER_DEFINED_ID',
  'LOONG_USER_DEFINED_ID', 'ALIYUN_LOG_ENV_TAGS', 'LOONG_ENV_TAGS', 'LOGTAIL_LOG_LEVEL', 'DOCKER_HOST',
  'CONTAINERD_SOCK_PATH', 'FORCE_RELEASE_STOP_CONTAINER_FILE', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY',
];

/**
 * LoongCollector's eBPF flags (alibaba/loongcollector @f02d9808 `core/ebpf/Config.cpp` L26-41,
 * `DEFINE_FLAG_*`). They are usually written as a nested `"ebpf": {...}` object, which
 * LoongCollector (since 0.1, commit f6113ddc) flattens into flag names joined with `_`
 * (`AppConfig::RecurseParseJsonToFlags`, `core/app_config/AppConfig.cpp` L1543-1571;
 * docs/reference/agent-config.md §2.1 step 4).
 */
export const LOONGCOLLECTOR_EBPF_FLAGS: readonly string[] = [
  'ebpf_receive_event_chan_cap', 'ebpf_admin_config_debug_mode', 'ebpf_admin_config_log_level',
  'ebpf_admin_config_push_all_span', 'ebpf_aggregation_config_agg_window_second', 'ebpf_converage_config_strategy',
  'ebpf_sample_config_strategy', 'ebpf_sample_config_config_rate', 'ebpf_socket_probe_config_slow_request_threshold_ms',
  'ebpf_socket_probe_config_max_conn_trackers', 'ebpf_socket_probe_config_max_band_width_mb_per_sec',
  'ebpf_socket_probe_config_max_raw_record_per_sec', 'ebpf_profile_probe_config_profile_sample_rate',
  'ebpf_profile_probe_config_profile_upload_duration', 'ebpf_process_probe_config_enable_oom_detect', 'ebpf_file_filter_max_num',
];

/** Every gflag name (Appendix B). */
export const GFLAG_NAMES: ReadonlySet<string> = new Set(Object.values(GFLAGS).flat());

/** Every key the agent (any edition or version the reference covers) does something with. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([
  ...GFLAG_NAMES,
  ...TYPED_KEYS,
  ...V18_ONLY_KEYS,
  ...LOONGCOLLECTOR_KEYS,
  ...COMMUNITY_KEYS,
  ...DOCUMENTED_FLAG_KEYS,
  ...S8_DOCUMENTED_KEYS,
  ...LOONGCOLLECTOR_EBPF_FLAGS,
]);

/** The gflag type of a name, if it is one. */
export function gflagType(name: string): GflagType | undefined {
  for (const [type, names] of Object.entries(GFLAGS) as Array<[GflagType, readonly string[]]>) {
    if (names.includes(name)) return type;
  }
  return undefined;
}
