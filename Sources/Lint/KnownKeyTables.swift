// Generated from Schemas/redhat-keys.tsv and Schemas/suse-keys.tsv; do not edit.
// Regenerate with `NETCF_RECORD=1 swift test --filter LintTests.KnownKeysTests`.

/// The known-keys tables, embedded so the program needs no file at run time.
enum KnownKeyTables {
  /// Schemas/redhat-keys.tsv, byte for byte.
  static let redHat = #"""
# Red Hat ifcfg keys: initscripts (sysconfig.txt) and NetworkManager (nm-settings-ifcfg-rh).
# KEY<TAB>status<TAB>note; status is known or deprecated.
# <n> stands for one or more digits, <x> for one or more of [A-Za-z0-9_].
DEVICE	known	interface name
NAME	known	connection name (NetworkManager)
TYPE	known	Ethernet, Bridge, Bond, Vlan, Team, InfiniBand, Wireless, ...
DEVICETYPE	known	TeamPort, Team, ovs-* (device type)
UUID	known	connection UUID (NetworkManager)
STABLE_ID	known	stable connection id (NetworkManager)
HWADDR	known	hardware address the file binds to
MACADDR	known	MAC address to set on the interface
GENERATE_MAC_ADDRESS_MASK	known	MAC randomization mask (NetworkManager)
HWADDR_BLACKLIST	known	MAC addresses not to bind (NetworkManager)
MATCH_INTERFACE_NAME	known	interface names to match (NetworkManager)
ACCEPT_ALL_MAC_ADDRESSES	known	promiscuous mode (NetworkManager)
ONBOOT	known	start at boot
ONPARENT	known	start with the parent interface (aliases)
HOTPLUG	known	start on hotplug
USERCTL	known	non-root users may control the interface
USERS	known	users allowed to use the connection (NetworkManager)
NM_CONTROLLED	known	whether NetworkManager manages the interface
AUTOCONNECT_PRIORITY	known	autoconnect priority (NetworkManager)
AUTOCONNECT_RETRIES	known	autoconnect retries (NetworkManager)
AUTOCONNECT_SLAVES	known	autoconnect slaves (NetworkManager)
CONNECTION_METERED	known	metered connection (NetworkManager)
DEVTIMEOUT	known	seconds to wait for the device
LINKDELAY	known	seconds to wait for the link
BOOTPROTO	known	none, static, dhcp, bootp, autoip, ibft, shared
IPADDR	known	IPv4 address
IPADDR<n>	known	numbered IPv4 address
PREFIX	known	IPv4 prefix length
PREFIX<n>	known	numbered IPv4 prefix length
NETMASK	known	IPv4 netmask
NETMASK<n>	known	numbered IPv4 netmask
GATEWAY	known	IPv4 default gateway
GATEWAY<n>	known	numbered IPv4 gateway
METRIC	known	route metric
DEFROUTE	known	use this interface for the default route
PEERDNS	known	use DNS servers from DHCP
PEERROUTES	known	use routes from DHCP
PEERNTP	known	use NTP servers from DHCP
DNS<n>	known	DNS server
DOMAIN	known	DNS search domains
RES_OPTIONS	known	resolver options (NetworkManager)
IPV6_RES_OPTIONS	known	IPv6 resolver options (NetworkManager)
IPV4_DNS_PRIORITY	known	DNS priority (NetworkManager)
IPV6_DNS_PRIORITY	known	IPv6 DNS priority (NetworkManager)
IPV6_DOMAIN	known	IPv6 DNS search domains (NetworkManager)
SRCADDR	known	source address of outgoing packets
SCOPE	known	address scope
ARPCHECK	known	check the address for duplicates
ARPUPDATE	known	send gratuitous ARP
ARP	known	use ARP on the interface
MTU	known	maximum transfer unit
ZONE	known	firewalld zone
DHCP_HOSTNAME	known	host name sent to the DHCP server
DHCP_FQDN	known	FQDN sent to the DHCP server
DHCP_SEND_HOSTNAME	known	send a host name in DHCP requests
DHCP_CLIENT_ID	known	DHCP client identifier
DHCP_VENDOR_CLASS_IDENTIFIER	known	DHCP vendor class
DHCP_IAID	known	DHCP IAID (NetworkManager)
DHCP_DUID	known	DHCP DUID (NetworkManager)
DHCP_LEASE_TIME	known	DHCP lease time
DHCP_TIMEOUT	known	DHCP timeout (NetworkManager)
IPV4_DHCP_TIMEOUT	known	IPv4 DHCP timeout (NetworkManager)
DHCLIENTARGS	known	extra dhclient arguments
DHCLIENT_IGNORE_GATEWAY	known	ignore the DHCP gateway
PERSISTENT_DHCLIENT	known	keep retrying DHCP
IPV4_FAILURE_FATAL	known	fail the connection without IPv4
IPV4_ROUTE_METRIC	known	IPv4 route metric (NetworkManager)
IPV4_ROUTE_TABLE	known	IPv4 route table (NetworkManager)
IPV6INIT	known	enable IPv6
IPV6_AUTOCONF	known	IPv6 stateless autoconfiguration
IPV6ADDR	known	IPv6 address/prefix
IPV6ADDR_SECONDARIES	known	more IPv6 addresses
IPV6_DEFAULTGW	known	IPv6 default gateway
IPV6_DEFAULTDEV	known	IPv6 default device
IPV6FORWARDING	known	IPv6 forwarding
IPV6_MTU	known	IPv6 MTU
IPV6_PRIVACY	known	IPv6 privacy extensions
IPV6_ADDR_GEN_MODE	known	IPv6 address generation mode (NetworkManager)
IPV6_TOKEN	known	IPv6 interface identifier token
IPV6_PEERDNS	known	use DNS servers from DHCPv6/RA
IPV6_PEERROUTES	known	use routes from RA
IPV6_DEFROUTE	known	IPv6 default route
IPV6_FAILURE_FATAL	known	fail the connection without IPv6
IPV6_ROUTE_METRIC	known	IPv6 route metric
IPV6_ROUTE_TABLE	known	IPv6 route table
IPV6_RA_TIMEOUT	known	router advertisement timeout (NetworkManager)
IPV6_DHCP_TIMEOUT	known	DHCPv6 timeout (NetworkManager)
IPV6_SET_SYSCTLS	known	set IPv6 sysctls
IPV6_DISABLED	known	disable IPv6 (NetworkManager)
IPV6_AUTOTUNNEL	known	automatic IPv6 tunnel
IPV6TO4INIT	known	6to4 tunnel
IPV6TO4_RELAY	known	6to4 relay
IPV6TO4_IPV4ADDR	known	6to4 local address
IPV6TO4_ROUTING	known	6to4 routing
IPV6_CONTROL_RADVD	known	control radvd
IPV6_RADVD_PIDFILE	known	radvd pid file
IPV6_RADVD_TRIGGER_ACTION	known	radvd trigger action
IPV6_ROUTER	known	IPv6 router
IPV6_TUNNELNAME	known	IPv6 tunnel name
IPV6_VLAN	known	IPv6 on a vlan
DHCPV6C	known	DHCPv6 client
DHCPV6C_OPTIONS	known	DHCPv6 client options
DHCPV6_DUID	known	DHCPv6 DUID
DHCPV6_IAID	known	DHCPv6 IAID
DHCPV6_HOSTNAME	known	host name sent to the DHCPv6 server
DHCPV6_FQDN	known	FQDN sent to the DHCPv6 server
DHCPV6_SEND_HOSTNAME	known	send a host name in DHCPv6 requests
DHCPV6_PD	known	DHCPv6 prefix delegation
ETHTOOL_OPTS	known	ethtool options
ETHTOOL_DELAY	known	seconds before applying ethtool options
ETHTOOL_WAKE_ON_LAN	known	wake on LAN (NetworkManager)
LLDP	known	LLDP reception (NetworkManager)
MDNS	known	multicast DNS (NetworkManager)
LLMNR	known	LLMNR (NetworkManager)
PROXY_METHOD	known	proxy method (NetworkManager)
BROWSER_ONLY	known	proxy for browsers only (NetworkManager)
PAC_URL	known	proxy auto-config URL (NetworkManager)
PAC_SCRIPT	known	proxy auto-config script (NetworkManager)
SECONDARY_UUIDS	known	secondary connections (NetworkManager)
BRIDGE	known	bridge this interface is a port of
STP	known	spanning tree on a bridge
DELAY	known	bridge forward delay in seconds
PRIO	known	bridge priority
BRIDGING_OPTS	known	bridge and port options
BRIDGE_MACADDR	known	bridge MAC address
BRIDGE_UUID	known	bridge connection UUID (NetworkManager)
MASTER	known	bond this interface is a slave of
MASTER_UUID	known	master connection UUID (NetworkManager)
SLAVE	known	this interface is a bond slave
BONDING_OPTS	known	bonding driver options
BONDING_MASTER	known	this interface is a bond
TEAM_MASTER	known	team this interface is a port of
TEAM_MASTER_UUID	known	team connection UUID (NetworkManager)
TEAM_CONFIG	known	team configuration
TEAM_PORT_CONFIG	known	team port configuration
VLAN	known	this interface is a vlan
VLAN_ID	known	vlan tag
PHYSDEV	known	vlan parent interface
REORDER_HDR	known	vlan header reordering
GVRP	known	vlan GVRP
MVRP	known	vlan MVRP
VLAN_FLAGS	known	vlan flags
VLAN_EGRESS_PRIORITY_MAP	known	vlan egress priority map
VLAN_INGRESS_PRIORITY_MAP	known	vlan ingress priority map
VLAN_NAME_TYPE	known	vlan naming
ISALIAS	known	alias interface
SUBCHANNELS	known	s390 subchannels
NETTYPE	known	s390 network type
PORTNAME	known	s390 port name
OPTIONS	known	s390 options
CTCPROT	known	s390 CTC protocol
ESSID	known	wireless network name
MODE	known	wireless mode
CHANNEL	known	wireless channel
FREQ	known	wireless frequency
BSSID	known	wireless access point
KEY_MGMT	known	wireless key management
WPA_PSK	known	wireless pre-shared key
WPA_ALLOW_WPA	known	wireless WPA
WPA_ALLOW_WPA2	known	wireless WPA2
KEY	known	wireless WEP key
KEY<n>	known	wireless WEP keys
DEFAULTKEY	known	wireless default WEP key
SECURITYMODE	known	wireless security mode
IEEE_8021X_<x>	known	802.1X settings
ROUTING_RULE_<x>	known	policy routing rules (NetworkManager)
PEER	known	point-to-point peer
REMOTE_IPADDR	known	point-to-point peer address
MY_INNER_IPADDR	known	tunnel inner address
PEER_INNER_IPADDR	known	tunnel inner peer address
MY_OUTER_IPADDR	known	tunnel outer address
PEER_OUTER_IPADDR	known	tunnel outer peer address
TTL	known	tunnel TTL
IPV6TUNNELIPV4	known	IPv6 tunnel endpoint
OVS_BRIDGE	known	Open vSwitch bridge
OVS_OPTIONS	known	Open vSwitch options
OVS_EXTRA	known	Open vSwitch extra commands
OVS_PORT	known	Open vSwitch port
OVS_PORTS	known	Open vSwitch ports
OVS_TUNNEL_TYPE	known	Open vSwitch tunnel type
OVS_TUNNEL_OPTIONS	known	Open vSwitch tunnel options
OVSBOOTPROTO	known	Open vSwitch address protocol
OVSDHCPINTERFACES	known	Open vSwitch DHCP interfaces
OVSREQUIRES	known	Open vSwitch dependencies
OVS_PATCH_PEER	known	Open vSwitch patch peer
NETWORK	deprecated	computed from IPADDR and PREFIX; ignored
BROADCAST	deprecated	computed from IPADDR and PREFIX; ignored
DHCPV6	deprecated	old spelling of DHCPV6C
IPV6_PRIVACY_PREFER_PUBLIC_IP	deprecated	ignored by NetworkManager
NOZEROCONF	deprecated	belongs in etc/sysconfig/network
NETWORKING	deprecated	belongs in etc/sysconfig/network
GATEWAYDEV	deprecated	belongs in etc/sysconfig/network
HOSTNAME	deprecated	belongs in etc/sysconfig/network or /etc/hostname
"""#

  /// Schemas/suse-keys.tsv, byte for byte.
  static let suse = #"""
# SUSE ifcfg keys: ifcfg(5), ifcfg-bridge(5), ifcfg-bonding(5), ifcfg-vlan(5), ifcfg-tunnel(5), ifcfg-wireless(5) and friends.
# KEY<TAB>status<TAB>note; status is known or deprecated.
# <n> stands for one or more digits, <x> for one or more of [A-Za-z0-9_].
STARTMODE	known	auto, hotplug, manual, off, nfsroot, ifplugd
BOOTPROTO	known	static, dhcp, dhcp4, dhcp6, autoip, none, +auto6 combinations
IPADDR	known	IPv4 or IPv6 address, optionally with /prefix
IPADDR_<x>	known	more addresses
PREFIXLEN	known	prefix length
PREFIXLEN_<x>	known	prefix length of IPADDR_x
NETMASK	known	IPv4 netmask
NETMASK_<x>	known	netmask of IPADDR_x
BROADCAST	known	IPv4 broadcast address
BROADCAST_<x>	known	broadcast address of IPADDR_x
REMOTE_IPADDR	known	point-to-point peer address
REMOTE_IPADDR_<x>	known	peer address of IPADDR_x
LABEL	known	address label
LABEL_<x>	known	label of IPADDR_x
SCOPE	known	address scope
SCOPE_<x>	known	scope of IPADDR_x
IP_OPTIONS	known	extra ip address options
IP_OPTIONS_<x>	known	extra options of IPADDR_x
NETWORK	known	network address (written by YaST, not used)
MTU	known	maximum transfer unit
LLADDR	known	MAC address to set
NAME	known	descriptive name
USERCONTROL	known	non-root users may control the interface
FIREWALL	known	firewall on this interface
ZONE	known	firewalld zone
ETHTOOL_OPTIONS	known	ethtool options
ETHTOOL_OPTIONS_<x>	known	more ethtool options
IFPLUGD_PRIORITY	known	ifplugd priority
LINK_REQUIRED	known	wait for the link
LINK_READY_WAIT	known	seconds to wait for the link
WAIT_FOR_INTERFACES	known	interfaces to wait for
PRE_UP_SCRIPT	known	script run before the interface comes up
POST_UP_SCRIPT	known	script run after the interface comes up
PRE_DOWN_SCRIPT	known	script run before the interface goes down
POST_DOWN_SCRIPT	known	script run after the interface goes down
CHECK_DUPLICATE_IP	known	check addresses for duplicates
SEND_GRATUITOUS_ARP	known	send gratuitous ARP
IPV6_PRIVACY	known	IPv6 privacy extensions
IPV6_FORWARDING	known	IPv6 forwarding
IPV4_FORWARDING	known	IPv4 forwarding
ACCEPT_REDIRECTS	known	accept ICMP redirects
AUTO6_WAIT_AT_BOOT	known	seconds to wait for autoconfiguration
AUTO6_UPDATE	known	what autoconfiguration may update
DHCLIENT_<x>	known	DHCPv4 client settings
DHCLIENT6_<x>	known	DHCPv6 client settings
BRIDGE	known	yes when the interface is a bridge
BRIDGE_PORTS	known	the bridge's ports
BRIDGE_STP	known	spanning tree
BRIDGE_FORWARDDELAY	known	forward delay in seconds
BRIDGE_AGEINGTIME	known	ageing time
BRIDGE_HELLOTIME	known	hello time
BRIDGE_MAXAGE	known	maximum age
BRIDGE_PRIORITY	known	bridge priority
BRIDGE_PATHCOSTS	known	port path costs
BRIDGE_PORTPRIORITIES	known	port priorities
BONDING_MASTER	known	yes when the interface is a bond
BONDING_SLAVE<x>	known	a slave of the bond
BONDING_MODULE_OPTS	known	bonding driver options
ETHERDEVICE	known	vlan parent interface
VLAN_ID	known	vlan tag
VLAN_PROTOCOL	known	vlan protocol
TUNNEL	known	tunnel type
TUNNEL_<x>	known	tunnel settings
WIRELESS	known	wireless flag
WIRELESS_<x>	known	wireless settings
MACVLAN_DEVICE	known	macvlan parent
MACVLAN_MODE	known	macvlan mode
MACVTAP_DEVICE	known	macvtap parent
MACVTAP_MODE	known	macvtap mode
VXLAN_<x>	known	vxlan settings
TEAM_<x>	known	team settings
OVS_BRIDGE	known	Open vSwitch bridge
OVS_BRIDGE_<x>	known	Open vSwitch bridge settings
INFINIBAND_<x>	known	InfiniBand settings
IPOIB_MODE	known	IPoIB mode
PPPMODE	known	PPP mode
DUMMY	known	dummy interface flag
INTERFACETYPE	known	interface type
UNIQUE	deprecated	old YaST unique id; not used
_nm_name	deprecated	old YaST hardware name; not used
ETHTOOL_OPTS	deprecated	Red Hat spelling; SUSE reads ETHTOOL_OPTIONS
"""#
}
