/**
 * The document readers, in the order they are asked: the first whose `detect` accepts a parsed
 * JSON/YAML document reads it. Add a format (Pulumi, Ansible, …) by writing its reader and
 * listing it here (src/readers/README.md).
 */
import { cloudInitReader } from './cloud-init.js';
import { crossplaneReader } from './crossplane.js';
import { composeReader, kubernetesReader } from './kubernetes.js';
import { rosReader } from './ros.js';
import { slsApiReader } from './sls-api.js';
import { terraformPlanReader } from './terraform-plan.js';
import type { DocumentReader } from './types.js';

export const DOCUMENT_READERS: readonly DocumentReader[] = [rosReader, terraformPlanReader, crossplaneReader, kubernetesReader, composeReader, slsApiReader, cloudInitReader];
