/**
 * What the resource attributes IaC builds machine-group lists from really hold: which ones are
 * addresses, which kind (a private, a classic-network inner or a public address), and whether an
 * attribute is one value or a list. Sources: docs/reference/iac-and-editions.md §1 (ROS, keys
 * R1–R3) and docs/reference/sls-regions-and-iac.md §D.1 (Terraform, S10).
 */

/** What an attribute yields, for an IP machine group (Logtail reports the host's own interface address, sls-regions-and-iac C.4). */
export type AttributeYield =
  /** A VPC private address: what an ECS host in a VPC reports. */
  | 'private-ip'
  /** A classic-network inner address: what a classic-network ECS host reports. */
  | 'classic-ip'
  /** A public address: never what an ECS host reports as its own IP. */
  | 'public-ip'
  /** IPv6 addresses (InstanceGroup `Ipv6Addresses` is a list of lists, with null entries). */
  | 'ipv6'
  /** IDs, names, zones: not addresses at all. */
  | 'not-an-address'
  /** The resource's value (ROS `Ref` of a resource: presumably its ID, UNVERIFIED for ECS). */
  | 'resource-value';

export type AttributeShape = 'scalar' | 'list' | 'nested-list';

export interface AttributeRow {
  readonly resourceType: string;
  readonly attribute: string;
  readonly shape: AttributeShape;
  readonly yields: AttributeYield;
  readonly source: string;
}

const row = (resourceType: string, attribute: string, shape: AttributeShape, yields: AttributeYield, source: string): AttributeRow =>
  Object.freeze({ resourceType, attribute, shape, yields, source });

const INSTANCE = 'iac-and-editions §1 [R1 ecs.generated.js L3760–3767; R3 ALIYUN::ECS::Instance.md]';
const INSTANCE_CLONE = 'iac-and-editions §1 [R1 ecs.generated.js L4145–4152]';
const GROUP = 'iac-and-editions §1 [R1 ecs.generated.js L4664–4673; R3 ALIYUN::ECS::InstanceGroup.md L279–281]';
const GROUP_CLONE = 'iac-and-editions §1 [R1 ecs.generated.js L5516–5525]';
const PREPAY_CLONE = 'iac-and-editions §1 [R3 ALIYUN::ECS::PrepayInstanceGroupClone.md L202–211]';
const NIC = 'iac-and-editions §1 [R1 ecs.generated.js L6895–6899; R3 ALIYUN::ECS::NetworkInterface.md L61–64 (the 2021 plural name)]';

function single(type: string, source: string): AttributeRow[] {
  return [
    row(type, 'PrivateIp', 'scalar', 'private-ip', source),
    row(type, 'InnerIp', 'scalar', 'classic-ip', source),
    row(type, 'PublicIp', 'scalar', 'public-ip', source),
    ...['InstanceId', 'HostName', 'ZoneId', 'PrimaryNetworkInterfaceId'].map((a) => row(type, a, 'scalar', 'not-an-address', source)),
    row(type, 'SecurityGroupIds', 'list', 'not-an-address', source),
  ];
}

function group(type: string, source: string, ipv6: boolean): AttributeRow[] {
  return [
    row(type, 'PrivateIps', 'list', 'private-ip', source),
    row(type, 'InnerIps', 'list', 'classic-ip', source),
    row(type, 'PublicIps', 'list', 'public-ip', source),
    ...(ipv6 ? [row(type, 'Ipv6Addresses', 'nested-list', 'ipv6', source), row(type, 'Ipv6AddressIds', 'nested-list', 'not-an-address', source)] : []),
    ...['InstanceIds', 'HostNames', 'ZoneIds', 'RelatedOrderIds'].map((a) => row(type, a, 'list', 'not-an-address', source)),
    row(type, 'OrderId', 'scalar', 'not-an-address', source),
  ];
}

/** ROS `Fn::GetAtt` attributes of the resources that create ECS hosts or their interfaces. */
export const ROS_ATTRIBUTES: readonly AttributeRow[] = Object.freeze([
  ...single('ALIYUN::ECS::Instance', INSTANCE),
  ...single('ALIYUN::ECS::InstanceClone', INSTANCE_CLONE),
  ...group('ALIYUN::ECS::InstanceGroup', GROUP, true),
  ...group('ALIYUN::ECS::InstanceGroupClone', GROUP_CLONE, true),
  ...group('ALIYUN::ECS::PrepayInstanceGroupClone', PREPAY_CLONE, false),
  row('ALIYUN::ECS::NetworkInterface', 'PrivateIpAddress', 'scalar', 'private-ip', NIC),
  // The 2021 docs name the primary address `PrivateIpAddresses`; whether ROS still accepts it is UNVERIFIED, so both are known.
  row('ALIYUN::ECS::NetworkInterface', 'PrivateIpAddresses', 'scalar', 'private-ip', NIC),
  row('ALIYUN::ECS::NetworkInterface', 'SecondaryPrivateIpAddresses', 'list', 'private-ip', NIC),
  ...['NetworkInterfaceId', 'MacAddress', 'Arn'].map((a) => row('ALIYUN::ECS::NetworkInterface', a, 'scalar', 'not-an-address', NIC)),
  row('ALIYUN::ECS::AssignPrivateIpAddresses', 'PrivateIpAddresses', 'list', 'private-ip', 'iac-and-editions §1 [R1 ecs.generated.js L352]'),
  row('DATASOURCE::ECS::Instances', 'Instances', 'list', 'not-an-address', 'iac-and-editions §1 [R1 datasource/ecs.generated.js L2226–2227, L2298]'),
  row('DATASOURCE::ECS::Instances', 'InstanceIds', 'list', 'not-an-address', 'iac-and-editions §1 [R1 datasource/ecs.generated.js L2226–2227]'),
  // Scaling groups create their instances at run time: no attribute holds an address (§1, R2, R3 ScalingGroup.md L117–120).
  ...['ScalingGroupId', 'ScalingGroupName'].map((a) =>
    row('ALIYUN::ESS::ScalingGroup', a, 'scalar', 'not-an-address', 'iac-and-editions §1 [R2 scalinggroup.ts; R3 ALIYUN::ESS::ScalingGroup.md L117–120]'),
  ),
  ...['ScalingInstances', 'ScalingInstanceDetails', 'ScalingRuleArisExecuteResultInstancesAdded', 'ScalingRuleArisExecuteResultInstancesRemoved'].map((a) =>
    row('ALIYUN::ESS::ScalingGroupEnable', a, 'list', 'not-an-address', 'iac-and-editions §1 [R2 scalinggroupenable.ts; R3 ALIYUN::ESS::ScalingGroupEnable.md L34–43]'),
  ),
]);

/** Terraform attributes of the resources whose addresses fill `identify_list` (sls-regions-and-iac D.1, S10; C.4). */
export const TERRAFORM_ATTRIBUTES: readonly AttributeRow[] = Object.freeze([
  row('alicloud_instance', 'private_ip', 'scalar', 'private-ip', 'sls-regions-and-iac D.1, C.4 [S10]'),
  row('alicloud_instance', 'public_ip', 'scalar', 'public-ip', 'sls-regions-and-iac D.1, C.4 [S10]'),
  row('alicloud_instance', 'id', 'scalar', 'not-an-address', 'sls-regions-and-iac D.1 [S10]'),
  row('alicloud_ecs_instance_set', 'instance_ids', 'list', 'not-an-address', 'sls-regions-and-iac D.1 [S10]'),
]);

const byKey = (rows: readonly AttributeRow[]) => new Map(rows.map((r) => [`${r.resourceType}\0${r.attribute}`, r]));
const ROS_BY_KEY = byKey(ROS_ATTRIBUTES);
const TF_BY_KEY = byKey(TERRAFORM_ATTRIBUTES);
const ROS_BY_ATTRIBUTE = new Map<string, AttributeRow>();
for (const r of ROS_ATTRIBUTES) if (r.yields !== 'not-an-address' && !ROS_BY_ATTRIBUTE.has(r.attribute)) ROS_BY_ATTRIBUTE.set(r.attribute, r);

const ROS_TYPES = new Set(ROS_ATTRIBUTES.map((r) => r.resourceType));

/**
 * The row for `Fn::GetAtt [<resource of type>, <attribute>]`. When the template does not define the
 * resource (`type` undefined), or its type is not in the table (another ECS variant), the address
 * attributes are still recognised by name: those names mean the same on every ECS resource.
 */
export function rosAttribute(type: string | undefined, attribute: string): AttributeRow | undefined {
  if (type !== undefined && ROS_TYPES.has(type)) return ROS_BY_KEY.get(`${type}\0${attribute}`);
  return ROS_BY_ATTRIBUTE.get(attribute);
}

/** The row for a Terraform reference `<type>.<name>[...].<attribute>`. */
export function terraformAttribute(type: string, attribute: string): AttributeRow | undefined {
  return TF_BY_KEY.get(`${type}\0${attribute}`);
}
