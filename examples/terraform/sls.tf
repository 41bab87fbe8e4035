resource "alicloud_log_project" "app" {
  project_name = "shop-app-logs"
  description  = "Application logs for the shop"
}

# Hosts that carry a custom identifier in /etc/ilogtail/user_defined_id.
resource "alicloud_log_machine_group" "web" {
  project       = alicloud_log_project.app.project_name
  name          = "web-servers"
  identify_type = "userdefined"
  identify_list = ["web-prod", "api-prod", "batch-prod", "k8s-web-prod"]
  topic         = "web"
}

# Database hosts, grouped by the IP Logtail reports.
resource "alicloud_log_machine_group" "db" {
  project       = alicloud_log_project.app.project_name
  name          = "DB-Servers"
  identify_type = "ip"
  identify_list = ["10.0.1.15", "10.0.1.16", "10.0.2.0/24"]
}

resource "alicloud_instance" "bastion" {
  instance_name = "bastion"
}

# Logtail reports the private IP, so a group of public IPs never matches.
resource "alicloud_log_machine_group" "bastion" {
  project       = alicloud_log_project.app.project_name
  name          = "bastion"
  identify_list = [alicloud_instance.bastion.public_ip]
}

resource "alicloud_logtail_attachment" "web_access" {
  project             = alicloud_log_project.app.project_name
  logtail_config_name = "nginx-access"
  machine_group_name  = alicloud_log_machine_group.web.name
}
