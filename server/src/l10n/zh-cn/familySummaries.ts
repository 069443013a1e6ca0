// Simplified Chinese for the family key summaries (schema/families/summaries), keyed by their English.
/* eslint max-lines: "off" -- one line per summary */
export const familyKeySummariesZh = (): Readonly<Record<string, string>> => ({
  'Apply only on this CPU architecture (x86-64, arm64, ...); a leading ! negates.':
    '仅在此 CPU 架构（x86-64、arm64 等）上适用；开头的 ! 表示取反。',
  'Apply only while the wireless interface is connected to an access point with one of these MAC addresses.':
    '仅当无线接口连接到具有这些 MAC 地址之一的接入点时适用。',
  'Apply only when the service was given this credential.':
    '仅当服务获得此凭据时适用。',
  'Driver names (globs allowed) of the interfaces this file applies to.':
    '此文件适用的接口的驱动名（可用通配符）。',
  'Apply only on this firmware type (uefi, device-tree, ...).':
    '仅在此固件类型（uefi、device-tree 等）上适用。',
  'Apply only on the machine with this host name or machine ID.':
    '仅在具有此主机名或机器 ID 的机器上适用。',
  'Apply only when the kernel command line has this option (or, with !, lacks it).':
    '仅当内核命令行含有此选项（或用 ! 表示不含）时适用。',
  'Apply only when the kernel version matches this comparison or glob.':
    '仅当内核版本符合此比较或通配符时适用。',
  'Interface kinds (bond, bridge, vlan, ...) this file applies to.':
    '此文件适用的接口类别（bond、bridge、vlan 等）。',
  'MAC addresses of the interfaces this file applies to, separated by blanks.':
    '此文件适用的接口的 MAC 地址，以空白分隔。',
  'Interface names (globs allowed) this file applies to; a leading ! negates the list.':
    '此文件适用的网络接口名（可用通配符）；开头的 ! 表示取反。',
  'Device paths (globs allowed, as udev\'s ID_PATH) of the interfaces this file applies to.':
    '此文件适用的接口的设备路径（可用通配符，同 udev 的 ID_PATH）。',
  'Permanent hardware MAC addresses of the interfaces this file applies to.':
    '此文件适用的接口的永久硬件 MAC 地址。',
  'udev properties (NAME=value, globs allowed) the interface must have.':
    '接口必须具有的 udev 属性（NAME=value，可用通配符）。',
  'Apply only while the wireless interface is connected to a network with one of these names.':
    '仅当无线接口连接到这些名称之一的网络时适用。',
  'Interface types (ether, wlan, loopback, ...) this file applies to.':
    '此文件适用的接口类型（ether、wlan、loopback 等）。',
  'Apply only when the systemd version matches this comparison.':
    '仅当 systemd 版本符合此比较时适用。',
  'Apply only in this kind of virtual machine or container; yes or no for any or none.':
    '仅在此类虚拟机或容器中适用；yes 或 no 表示任意一种或都不是。',
  'Wireless interface types (station, ap, ...) this file applies to.':
    '此文件适用的无线接口类型（station、ap 等）。',
  'When networkd brings the link up or down: up, always-up, manual, always-down, down or bound.':
    'networkd 何时启用或关闭链路：up、always-up、manual、always-down、down 或 bound。',
  'Make the interface receive all multicast packets on the network.':
    '让接口接收网络上的所有多播包。',
  'Use the Address Resolution Protocol on the interface.':
    '在接口上使用地址解析协议（ARP）。',
  'Link group number to put the interface in, for routing rules and filters.':
    '把接口放入的链路组编号，供路由规则和过滤使用。',
  'MAC address to set on the interface.':
    '为接口设置的 MAC 地址。',
  'Maximum transmission unit to set on the interface (K, M, G allowed, base 1024).':
    '为接口设置的最大传输单元（可用 K、M、G，以 1024 为基数）。',
  'Allow multicast on the interface.':
    '允许在接口上使用多播。',
  'Put the interface in promiscuous mode, receiving every packet it sees.':
    '让接口进入混杂模式，接收它看到的每个包。',
  'Address family the link needs before it counts as online: ipv4, ipv6, both or any.':
    '链路被视为在线前需要的地址族：ipv4、ipv6、both 或 any。',
  'Whether systemd-networkd-wait-online waits for this link, optionally with the operational state needed.':
    'systemd-networkd-wait-online 是否等待此链路，可附带所需的运行状态。',
  'Leave the interface alone: networkd does not configure it.':
    '不管理此接口：networkd 不配置它。',
  'Make this interface the active one of the bond it belongs to.':
    '使此接口成为所属 bond 中活动的那个。',
  'Static address with prefix length (10.0.0.2/24); repeat for more.':
    '带前缀长度的静态地址（10.0.0.2/24）；可重复以添加多个。',
  'B.A.T.M.A.N. Advanced interface to add this link to.':
    '此链路要加入的 B.A.T.M.A.N. Advanced 接口。',
  'Links whose carrier this link follows: it is up only while one of them has carrier.':
    '此链路跟随其载波状态的链路：只有其中之一有载波时它才启用。',
  'Bond interface to enslave this link to.':
    '此链路要加入的 bond 接口。',
  'Bridge interface to add this link to.':
    '此链路要加入的网桥接口。',
  'Configure addresses and routes even while the link has no carrier.':
    '即使链路没有载波也配置地址和路由。',
  'Add a default route through this link, without a gateway.':
    '通过此链路添加一条不带网关的默认路由。',
  'Free text describing this network configuration.':
    '描述此网络配置的自由文本。',
  'Run a DHCP client: yes, no, ipv4 or ipv6.':
    '运行 DHCP 客户端：yes、no、ipv4 或 ipv6。',
  'Assign addresses from prefixes delegated by DHCPv6 on another link to this one.':
    '把其他链路上经 DHCPv6 委派的前缀中的地址分配给此链路。',
  'Run a DHCP relay agent on this link, facing upstream or downstream.':
    '在此链路上运行 DHCP 中继代理，面向上游或下游。',
  'Run a DHCPv4 server on this link (configured in [DHCPServer]).':
    '在此链路上运行 DHCPv4 服务器（在 [DHCPServer] 中配置）。',
  'Old name of DHCPPrefixDelegation=.':
    'DHCPPrefixDelegation= 的旧名称。',
  'DNS servers for this link, as addresses with an optional port, interface and name.':
    '此链路的 DNS 服务器，写作地址，可附带端口、接口和名称。',
  'Use this link\'s DNS servers for names that match no link\'s routing domain.':
    '对不匹配任何链路路由域的名称，使用此链路的 DNS 服务器。',
  'Encrypt DNS traffic of this link: yes, opportunistic or no.':
    '加密此链路的 DNS 流量：yes、opportunistic 或 no。',
  'DNSSEC validation on this link: yes, allow-downgrade or no.':
    '此链路上的 DNSSEC 校验：yes、allow-downgrade 或 no。',
  'Domains for which DNSSEC validation is turned off on this link.':
    '在此链路上关闭 DNSSEC 校验的域。',
  'Search and routing domains of this link; ~ marks a routing-only domain.':
    '此链路的搜索域和路由域；~ 表示仅用于路由的域。',
  'Send LLDP packets describing this machine on the link, and to which neighbours.':
    '在链路上发送描述本机的 LLDP 包，以及发给哪些邻居。',
  'Gateway address; adds a default route through it.':
    '网关地址；会添加一条经过它的默认路由。',
  'Keep the configuration when the link loses carrier, for ever or for a time span.':
    '链路失去载波时保留配置，永久或保留一段时间。',
  'Obsolete: use IPv4Forwarding= and IPv6Forwarding= instead.':
    '已过时：请改用 IPv4Forwarding= 和 IPv6Forwarding=。',
  'Masquerade (NAT) traffic leaving through this link: ipv4, ipv6, both or no.':
    '对经此链路离开的流量做伪装（NAT）：ipv4、ipv6、both 或 no。',
  'IP over InfiniBand interface to create on this link.':
    '在此链路上创建的 IP over InfiniBand 接口。',
  'Accept packets with a local source address arriving on this link.':
    '接受从此链路到达、源地址为本地地址的包。',
  'How long IPv4 duplicate address detection waits for an answer.':
    'IPv4 重复地址检测等待应答的时间。',
  'Forward IPv4 packets arriving on this link.':
    '转发从此链路到达的 IPv4 包。',
  'Old form of LinkLocalAddressing= for IPv4 only.':
    'LinkLocalAddressing= 仅针对 IPv4 的旧形式。',
  'Add a route so that hosts without a router can be reached over IPv4 link-local addresses.':
    '添加路由，使没有路由器时也能通过 IPv4 链路本地地址访问主机。',
  'First IPv4 link-local address tried when picking one.':
    '选择 IPv4 链路本地地址时首先尝试的地址。',
  'Answer ARP requests on this link for addresses reachable through other links.':
    '在此链路上代答可经其他链路到达的地址的 ARP 请求。',
  'Proxy ARP between hosts of the same private VLAN on this link.':
    '在此链路的同一私有 VLAN 主机之间代理 ARP。',
  'Reverse path filtering of IPv4 on this link: no, strict or loose.':
    '此链路上 IPv4 的反向路径过滤：no、strict 或 loose。',
  'Allow 127.0.0.0/8 addresses to be routed on this link.':
    '允许在此链路上路由 127.0.0.0/8 地址。',
  'Take the packet mark into account when validating source addresses.':
    '校验源地址时考虑包的标记。',
  'Accept IPv6 router advertisements on this link (configured in [IPv6AcceptRA]).':
    '在此链路上接受 IPv6 路由器通告（在 [IPv6AcceptRA] 中配置）。',
  'Old name of IPv6AcceptRA=.':
    'IPv6AcceptRA= 的旧名称。',
  'How many IPv6 duplicate address detection probes to send.':
    '发送多少个 IPv6 重复地址检测探测包。',
  'Forward IPv6 packets arriving on this link.':
    '转发从此链路到达的 IPv6 包。',
  'Hop limit of IPv6 packets sent from this link.':
    '从此链路发出的 IPv6 包的跳数限制。',
  'How the IPv6 link-local address is formed: eui64, none, stable-privacy or random.':
    'IPv6 链路本地地址的生成方式：eui64、none、stable-privacy 或 random。',
  'IPv6 maximum transmission unit of this link.':
    '此链路的 IPv6 最大传输单元。',
  'Old name of IPv6SendRA=.':
    'IPv6SendRA= 的旧名称。',
  'Use temporary random IPv6 addresses: yes, prefer-public, kernel or no.':
    '使用临时随机 IPv6 地址：yes、prefer-public、kernel 或 no。',
  'Answer IPv6 neighbour solicitations for the addresses of IPv6ProxyNDPAddress=.':
    '为 IPv6ProxyNDPAddress= 的地址应答 IPv6 邻居请求。',
  'IPv6 address for which this link answers neighbour solicitations.':
    '此链路为之应答邻居请求的 IPv6 地址。',
  'Time between IPv6 neighbour solicitation retransmissions.':
    'IPv6 邻居请求重传之间的时间。',
  'Send IPv6 router advertisements on this link (configured in [IPv6SendRA]).':
    '在此链路上发送 IPv6 路由器通告（在 [IPv6SendRA] 中配置）。',
  'Secret used to form stable-privacy IPv6 addresses.':
    '生成 stable-privacy IPv6 地址所用的密钥。',
  'How the host part of IPv6 addresses from router advertisements is formed.':
    '由路由器通告得到的 IPv6 地址的主机部分如何生成。',
  'IPVLAN interface to create on this link.':
    '在此链路上创建的 IPVLAN 接口。',
  'IPVTAP interface to create on this link.':
    '在此链路上创建的 IPVTAP 接口。',
  'Keep addresses and routes when networkd stops or the link goes down: no, dhcp, static, dhcp-on-stop or yes.':
    'networkd 停止或链路关闭时保留地址和路由：no、dhcp、static、dhcp-on-stop 或 yes。',
  'Keep the link in the bond or bridge it was put in outside networkd.':
    '保持链路在 networkd 之外被放入的 bond 或网桥中。',
  'Obsolete: L2TP tunnels are set up from their .netdev file.':
    '已过时：L2TP 隧道在其 .netdev 文件中设置。',
  'Give the link link-local addresses: yes, no, ipv4 or ipv6.':
    '为链路分配链路本地地址：yes、no、ipv4 或 ipv6。',
  'Receive LLDP packets on the link: yes, routers-only or no.':
    '在链路上接收 LLDP 包：yes、routers-only 或 no。',
  'Link-Local Multicast Name Resolution on this link: yes, resolve or no.':
    '此链路上的链路本地多播名称解析：yes、resolve 或 no。',
  'MACsec interface to create on this link.':
    '在此链路上创建的 MACsec 接口。',
  'MACVLAN interface to create on this link.':
    '在此链路上创建的 MACVLAN 接口。',
  'MACVTAP interface to create on this link.':
    '在此链路上创建的 MACVTAP 接口。',
  'Accept MPLS packets on this link.':
    '在此链路上接受 MPLS 包。',
  'Multicast DNS on this link: yes, resolve or no.':
    '此链路上的多播 DNS：yes、resolve 或 no。',
  'Force this IGMP version on the link: v1, v2, v3, or no.':
    '在链路上强制使用此 IGMP 版本：v1、v2、v3 或 no。',
  'NTP servers for this link, handed to systemd-timesyncd.':
    '此链路的 NTP 服务器，交给 systemd-timesyncd。',
  'Make this interface the primary one of its bond.':
    '使此接口成为其 bond 的主接口。',
  'Old name of IPv4ProxyARP=.':
    'IPv4ProxyARP= 的旧名称。',
  'Tunnel interface to create on this link.':
    '在此链路上创建的隧道接口。',
  'Use the domains learnt on this link for lookups: yes, route or no.':
    '把在此链路上获知的域用于查询：yes、route 或 no。',
  'VLAN interface to create on this link.':
    '在此链路上创建的 VLAN 接口。',
  'VRF interface to add this link to.':
    '此链路要加入的 VRF 接口。',
  'VXLAN interface to create on this link.':
    '在此链路上创建的 VXLAN 接口。',
  'Xfrm interface to create on this link.':
    '在此链路上创建的 Xfrm 接口。',
  'Add the route for the address\'s prefix as well.':
    '同时添加地址前缀对应的路由。',
  'The address with its prefix length (10.0.0.2/24, fd00::2/64).':
    '地址及其前缀长度（10.0.0.2/24、fd00::2/64）。',
  'Join the multicast group of this multicast address.':
    '加入此多播地址的多播组。',
  'Broadcast address of an IPv4 address; yes derives it, no leaves it out.':
    'IPv4 地址的广播地址；yes 表示自动推算，no 表示不设置。',
  'Check that no other host uses the address: ipv4, ipv6, both or none.':
    '检查没有其他主机使用此地址：ipv4、ipv6、both 或 none。',
  'Mark the address as a Mobile IPv6 home address.':
    '将地址标记为移动 IPv6 归属地址。',
  'Label of an IPv4 address (at most 15 characters).':
    'IPv4 地址的标签（最多 15 个字符）。',
  'Let the kernel make temporary privacy addresses from this IPv6 prefix.':
    '让内核从此 IPv6 前缀生成临时隐私地址。',
  'NetLabel security label attached to packets using this address.':
    '附加到使用此地址的包上的 NetLabel 安全标签。',
  'nftables sets the address or prefix is added to.':
    '地址或前缀要加入的 nftables 集合。',
  'Address of the other end of a point-to-point link.':
    '点对点链路另一端的地址。',
  'How long the address is preferred for new connections: forever or 0.':
    '地址作为新连接首选的时间：forever 或 0。',
  'Old, inverted form of AddPrefixRoute=.':
    'AddPrefixRoute= 的旧的反向形式。',
  'Metric of the prefix route added for the address.':
    '为地址添加的前缀路由的度量值。',
  'Scope of the address: global, link, host or a number.':
    '地址的作用域：global、link、host 或数字。',
  'Destination prefix of the route; none means the default route.':
    '路由的目的前缀；不设置表示默认路由。',
  'Allow TCP Fast Open without a cookie on this route.':
    '允许在此路由上不带 cookie 使用 TCP Fast Open。',
  'Gateway address of the route; _dhcp4 or _ipv6ra takes it from DHCP or router advertisements.':
    '路由的网关地址；_dhcp4 或 _ipv6ra 表示取自 DHCP 或路由器通告。',
  'Old spelling of GatewayOnLink=.':
    'GatewayOnLink= 的旧拼写。',
  'Treat the gateway as directly reachable on the link even outside its subnet.':
    '即使网关不在子网内，也视其在链路上直接可达。',
  'Hop limit of packets sent along the route.':
    '沿此路由发出的包的跳数限制。',
  'Initial TCP receive window advertised on this route, in segments.':
    '此路由上通告的初始 TCP 接收窗口，以段计。',
  'Initial TCP congestion window on this route, in segments.':
    '此路由上的初始 TCP 拥塞窗口，以段计。',
  'Preference of an IPv6 route: low, medium or high.':
    'IPv6 路由的优先级：low、medium 或 high。',
  'Metric (priority) of the route; lower wins.':
    '路由的度量值（优先级）；越小越优先。',
  'Maximum transmission unit of packets along the route.':
    '沿此路由的包的最大传输单元。',
  'One next hop of a multipath route: gateway, optional interface and weight; repeat for more.':
    '多路径路由的一个下一跳：网关，可附带接口和权重；可重复以添加多个。',
  'ID of a [NextHop] entry the route goes through.':
    '路由经过的 [NextHop] 条目的 ID。',
  'Source address preferred for packets sent along the route.':
    '沿此路由发包时首选的源地址。',
  'Protocol recorded for the route: kernel, boot, static, ra, dhcp or a number.':
    '为路由记录的协议：kernel、boot、static、ra、dhcp 或数字。',
  'Turn on TCP quick acknowledgements on this route.':
    '在此路由上开启 TCP 快速确认。',
  'Scope of the route: global, site, link, host or nowhere.':
    '路由的作用域：global、site、link、host 或 nowhere。',
  'Source prefix the route applies to.':
    '路由适用的源前缀。',
  'Routing table the route goes in: a name from [Network] or networkd.conf, or a number.':
    '路由所在的路由表：[Network] 或 networkd.conf 中的名称，或数字。',
  'TCP maximum segment size advertised on this route.':
    '此路由上通告的 TCP 最大段大小。',
  'TCP congestion control algorithm used on this route (cubic, bbr, ...).':
    '此路由上使用的 TCP 拥塞控制算法（cubic、bbr 等）。',
  'Initial TCP retransmission timeout on this route.':
    '此路由上的初始 TCP 重传超时。',
  'Obsolete: no longer has an effect.':
    '已过时：不再有效果。',
  'Type of the route: unicast, local, blackhole, unreachable, prohibit, ...':
    '路由的类型：unicast、local、blackhole、unreachable、prohibit 等。',
  'Whether journald turns kernel auditing on at start (yes), off (no), or leaves it as it is (keep).':
    'journald 启动时是否打开内核审计（yes）、关闭（no），或保持原样（keep）。',
  'Compress larger journal objects before writing them; yes, no, or a size above which objects are compressed.':
    '写入前压缩较大的日志对象；yes、no，或一个大小（超过它的对象才压缩）。',
  'Also write every log message to the system console (see TTYPath=).':
    '同时把每条日志消息写到系统控制台（见 TTYPath=）。',
  'Also pass every log message to the kernel log buffer.':
    '同时把每条日志消息交给内核日志缓冲区。',
  'Also send every log message, in the journal export format, to this socket address.':
    '同时把每条日志消息以日志导出格式发送到此套接字地址。',
  'Also pass every log message to a classic syslog daemon listening on its socket.':
    '同时把每条日志消息交给监听其套接字的传统 syslog 守护进程。',
  'Send emergency messages to the terminals of all logged-in users.':
    '把紧急消息发送到所有已登录用户的终端。',
  'Longest log line accepted from a stream before it is split (a byte size).':
    '从流中接受的最长日志行，超过则拆分（字节大小）。',
  'Start a new journal file after this much time, so old entries can be removed file by file.':
    '经过这段时间后开始写新的日志文件，以便按文件删除旧条目。',
  'Most verbose log level forwarded to the console.':
    '转发到控制台的最详细日志级别。',
  'Most verbose log level forwarded to the kernel log buffer.':
    '转发到内核日志缓冲区的最详细日志级别。',
  'Most verbose log level forwarded to the socket of ForwardToSocket=.':
    '转发到 ForwardToSocket= 套接字的最详细日志级别。',
  'Most verbose log level kept in the journal files.':
    '保存在日志文件中的最详细日志级别。',
  'Most verbose log level forwarded to syslog.':
    '转发到 syslog 的最详细日志级别。',
  'Most verbose log level sent to the terminals of logged-in users.':
    '发送到已登录用户终端的最详细日志级别。',
  'Remove journal entries older than this time span; 0 keeps them until space runs short.':
    '删除早于这段时间的日志条目；0 表示一直保留到空间不足。',
  'Messages a service may log within RateLimitIntervalSec= before the rest are dropped; 0 turns the limit off.':
    '每个服务在 RateLimitIntervalSec= 内可记录的消息数，超出的被丢弃；0 关闭限制。',
  'Old name of RateLimitIntervalSec=: the window over which each service\'s messages are counted.':
    'RateLimitIntervalSec= 的旧名称：统计每个服务消息数的时间窗口。',
  'Window over which each service\'s messages are counted for RateLimitBurst=; 0 turns the limit off.':
    '为 RateLimitBurst= 统计每个服务消息数的时间窗口；0 关闭限制。',
  'Read the kernel log buffer into the journal (only one journald instance should do it).':
    '把内核日志缓冲区读入日志（只应有一个 journald 实例这样做）。',
  'Free space the volatile journal in /run leaves untouched on its file system.':
    '/run 中的易失日志在其文件系统上保留不用的空闲空间。',
  'Most journal files kept in /run; older archived ones are removed first.':
    '/run 中最多保留的日志文件数；先删除较旧的已归档文件。',
  'Largest size of a single journal file in /run before it is rotated.':
    '/run 中单个日志文件轮转前的最大大小。',
  'Most space the volatile journal in /run may take in all.':
    '/run 中的易失日志总共最多可占用的空间。',
  'Sign persistent journal files with Forward Secure Sealing, when a sealing key has been made.':
    '在已生成密封密钥时，用前向安全密封（FSS）为持久日志文件签名。',
  'Give each user a journal file of their own (uid) or keep all in the system journal (none).':
    '为每个用户单独保存日志文件（uid），或全部保存在系统日志中（none）。',
  'Where journal data is kept: volatile (memory, /run), persistent (/var/log/journal), auto (persistent if that folder exists) or none.':
    '日志数据存放在哪里：volatile（内存，/run）、persistent（/var/log/journal）、auto（该目录存在时持久保存）或 none。',
  'How often the journal is flushed to disk; messages of level crit and above are flushed at once.':
    '日志多久写回磁盘一次；crit 及以上级别的消息会立即写回。',
  'Free space the persistent journal in /var leaves untouched on its file system.':
    '/var 中的持久日志在其文件系统上保留不用的空闲空间。',
  'Most journal files kept in /var/log/journal; older archived ones are removed first.':
    '/var/log/journal 中最多保留的日志文件数；先删除较旧的已归档文件。',
  'Largest size of a single persistent journal file before it is rotated.':
    '单个持久日志文件轮转前的最大大小。',
  'Most space the persistent journal may take in all.':
    '持久日志总共最多可占用的空间。',
  'Terminal the console forwarding writes to; the default is /dev/console.':
    '控制台转发写入的终端；默认为 /dev/console。',
  'Calendar event at which scheduled shutdowns and reboots are preferably carried out.':
    '计划的关机和重启优先在此日历事件时执行。',
  'What pressing the hibernate key does (ignore, poweroff, suspend, hibernate, lock, ...).':
    '按下休眠键时的动作（ignore、poweroff、suspend、hibernate、lock 等）。',
  'What holding the hibernate key down does.':
    '长按休眠键时的动作。',
  'What closing the lid does on battery power and undocked (suspend by default).':
    '使用电池且未接入扩展坞时合上盖子的动作（默认 suspend）。',
  'What closing the lid does while docked or with an external screen attached.':
    '接入扩展坞或外接显示器时合上盖子的动作。',
  'What closing the lid does on external power; unset means as HandleLidSwitch=.':
    '使用外接电源时合上盖子的动作；不设置则同 HandleLidSwitch=。',
  'What pressing the power key does (poweroff by default).':
    '按下电源键时的动作（默认 poweroff）。',
  'What holding the power key down does.':
    '长按电源键时的动作。',
  'What pressing the reboot key does.':
    '按下重启键时的动作。',
  'What holding the reboot key down does.':
    '长按重启键时的动作。',
  'What the secure attention key sequence does.':
    '安全注意键序列触发时的动作。',
  'What pressing the suspend key does.':
    '按下挂起键时的动作。',
  'What holding the suspend key down does.':
    '长按挂起键时的动作。',
  'Act on the hibernate key even when a program holds an inhibitor lock.':
    '即使有程序持有抑制锁，也响应休眠键。',
  'Time after boot or resume during which lid and docking events are not acted on.':
    '开机或唤醒后的一段时间，期间不响应合盖和扩展坞事件。',
  'What to do once the system has been idle for IdleActionSec= (ignore by default).':
    '系统空闲 IdleActionSec= 之后执行的动作（默认 ignore）。',
  'How long the system must be idle before IdleAction= is taken.':
    '系统需要空闲多久才执行 IdleAction=。',
  'Longest time a delay inhibitor may hold off sleep or shutdown.':
    '延迟型抑制锁最多可推迟睡眠或关机的时间。',
  'Most inhibitor locks that may be held at once.':
    '同时可持有的抑制锁的最大数量。',
  'Users whose processes are never killed at logout.':
    '注销时从不终止其进程的用户。',
  'If set, only these users\' processes are killed at logout.':
    '如果设置，注销时只终止这些用户的进程。',
  'Kill a user\'s processes when their last session ends, instead of leaving them running.':
    '用户最后一个会话结束时终止其进程，而不是让它们继续运行。',
  'Act on the lid switch even when a program holds an inhibitor lock.':
    '即使有程序持有抑制锁，也响应合盖。',
  'How many virtual terminals get a login prompt started on demand.':
    '按需启动登录提示的虚拟终端数量。',
  'Act on the power key even when a program holds an inhibitor lock.':
    '即使有程序持有抑制锁，也响应电源键。',
  'Act on the reboot key even when a program holds an inhibitor lock.':
    '即使有程序持有抑制锁，也响应重启键。',
  'Remove a user\'s System V and POSIX IPC objects when they fully log out.':
    '用户完全注销时删除其 System V 和 POSIX IPC 对象。',
  'Virtual terminal kept for a login prompt at all times; 0 reserves none.':
    '始终保留登录提示的虚拟终端；0 表示不保留。',
  'Most inodes in each user\'s /run/user/UID folder.':
    '每个用户的 /run/user/UID 目录中 inode 的最大数量。',
  'Size of each user\'s /run/user/UID folder: bytes or a percentage of memory.':
    '每个用户的 /run/user/UID 目录的大小：字节数或内存的百分比。',
  'Most sessions that may exist at once.':
    '同时可存在的会话的最大数量。',
  'Sleep states tried, in order, when the action is sleep.':
    '动作为 sleep 时依次尝试的睡眠状态。',
  'End a session after it has been idle this long; infinity never does.':
    '会话空闲这么久后将其结束；infinity 表示从不。',
  'Act on the suspend key even when a program holds an inhibitor lock.':
    '即使有程序持有抑制锁，也响应挂起键。',
  'How long a user\'s service manager keeps running after their last session ends.':
    '用户最后一个会话结束后，其服务管理器继续运行的时间。',
  'Obsolete: per-user task limits moved to TasksMax= of the user slice.':
    '已过时：每用户的任务数限制已移到用户 slice 的 TasksMax=。',
  'Tell logged-in users on their terminals about scheduled shutdowns.':
    '在已登录用户的终端上通知计划的关机。',
  'Cache DNS answers: yes, no, or no-negative (cache only successful answers).':
    '缓存 DNS 应答：yes、no，或 no-negative（只缓存成功的应答）。',
  'Also cache answers from DNS servers on this machine.':
    '也缓存来自本机 DNS 服务器的应答。',
  'DNS servers used for every link, as addresses with an optional port, interface and name.':
    '用于所有链路的 DNS 服务器，写作地址，可附带端口、接口和名称。',
  'Most entries kept in the DNS answer cache.':
    'DNS 应答缓存中的最大条目数。',
  'Encrypt DNS traffic: yes (required), opportunistic (when the server supports it) or no.':
    '加密 DNS 流量：yes（必须）、opportunistic（服务器支持时）或 no。',
  'Validate DNSSEC signatures: yes, allow-downgrade (when the server supports it) or no.':
    '校验 DNSSEC 签名：yes、allow-downgrade（服务器支持时）或 no。',
  'Whether the local stub resolver on 127.0.0.53 listens on UDP, TCP, both (yes) or not at all.':
    '127.0.0.53 上的本地存根解析器监听 UDP、TCP、两者（yes），或完全不监听。',
  'Extra addresses on which the local stub resolver also listens.':
    '本地存根解析器额外监听的地址。',
  'Search domains appended to single-label names; ~ marks a routing-only domain.':
    '附加到单标签名称的搜索域；~ 表示仅用于路由的域。',
  'DNS servers used when no other server is known.':
    '不知道其他服务器时使用的 DNS 服务器。',
  'Link-Local Multicast Name Resolution: yes, resolve (query only) or no.':
    '链路本地多播名称解析：yes、resolve（只查询）或 no。',
  'Most entries kept in the LLMNR answer cache.':
    'LLMNR 应答缓存中的最大条目数。',
  'Multicast DNS: yes, resolve (query only) or no.':
    '多播 DNS：yes、resolve（只查询）或 no。',
  'Most entries kept in the Multicast DNS answer cache.':
    '多播 DNS 应答缓存中的最大条目数。',
  'Answer lookups from /etc/hosts too.':
    '也用 /etc/hosts 回答查询。',
  'Answer lookups from the static record files too.':
    '也用静态记录文件回答查询。',
  'DNS record types the resolver refuses to look up.':
    '解析器拒绝查询的 DNS 记录类型。',
  'Send single-label names (no dot) to unicast DNS servers too.':
    '单标签名称（不含点）也发送给单播 DNS 服务器。',
  'How long expired cache entries may still be served while the servers cannot be reached.':
    '服务器无法访问时，过期的缓存条目仍可使用多久。',
  'Wait before trying the next NTP server after one fails to answer.':
    '一个 NTP 服务器无应答后，尝试下一个之前的等待时间。',
  'NTP servers used when no other server is known.':
    '不知道其他服务器时使用的 NTP 服务器。',
  'NTP servers to use, host names or addresses separated by blanks.':
    '要使用的 NTP 服务器，主机名或地址，以空白分隔。',
  'Longest interval between two polls of the NTP server.':
    '两次轮询 NTP 服务器之间的最长间隔。',
  'Shortest interval between two polls of the NTP server.':
    '两次轮询 NTP 服务器之间的最短间隔。',
  'Largest root distance a server may report and still be trusted.':
    '服务器报告的根距离最大多少仍可信任。',
  'How often the current time is saved to disk, so a clock without battery starts near it.':
    '多久把当前时间保存到磁盘一次，使没有电池的时钟启动时接近它。',
  'Old name of NTP=: NTP servers to use.':
    'NTP= 的旧名称：要使用的 NTP 服务器。',
  'Compress core dumps stored on disk.':
    '压缩保存在磁盘上的核心转储。',
  'Read the crashed process\'s mount namespace to find its libraries for the backtrace.':
    '进入崩溃进程的挂载命名空间查找其库，用于生成回溯。',
  'Largest core dump stored as a file; larger ones are cut off (infinity allowed).':
    '以文件保存的核心转储的最大大小；更大的会被截断（可用 infinity）。',
  'Largest core dump stored in the journal itself.':
    '保存在日志中的核心转储的最大大小。',
  'Free space the stored core dumps leave untouched on their file system.':
    '保存的核心转储在其文件系统上保留不用的空闲空间。',
  'Most space all stored core dumps may take; older ones are removed first.':
    '所有保存的核心转储最多可占用的空间；先删除较旧的。',
  'Largest core dump that is processed at all; bigger ones are only logged.':
    '会被处理的核心转储的最大大小；更大的只记录日志。',
  'Where core dumps go: external (files in /var/lib/systemd/coredump), journal, or none.':
    '核心转储存放在哪里：external（/var/lib/systemd/coredump 中的文件）、journal 或 none。',
  'Whether hibernation may be used at all.':
    '是否允许使用休眠。',
  'Whether hybrid sleep (suspend with the image also on disk) may be used.':
    '是否允许使用混合睡眠（挂起的同时把映像写入磁盘）。',
  'Whether suspend may be used at all.':
    '是否允许使用挂起。',
  'Whether suspend-then-hibernate may be used.':
    '是否允许使用先挂起后休眠。',
  'How long suspend-then-hibernate stays suspended before it hibernates.':
    '先挂起后休眠在进入休眠前保持挂起的时间。',
  'Words written to /sys/power/disk for hibernation, tried in order.':
    '休眠时写入 /sys/power/disk 的词，依次尝试。',
  'Let suspend-then-hibernate hibernate while on AC power too.':
    '允许先挂起后休眠在使用交流电时也进入休眠。',
  'Obsolete: the state written for hibernation is fixed now.':
    '已过时：休眠时写入的状态现在是固定的。',
  'Obsolete: hybrid sleep uses the suspend mode now.':
    '已过时：混合睡眠现在使用挂起模式。',
  'Obsolete: the state written for hybrid sleep is fixed now.':
    '已过时：混合睡眠写入的状态现在是固定的。',
  'Words written to /sys/power/mem_sleep for suspend, tried in order.':
    '挂起时写入 /sys/power/mem_sleep 的词，依次尝试。',
  'How often the battery is checked during suspend-then-hibernate to estimate its drain.':
    '先挂起后休眠期间多久检查一次电池以估计耗电。',
  'Obsolete: use MemorySleepMode= instead.':
    '已过时：请改用 MemorySleepMode=。',
  'Words written to /sys/power/state for suspend, tried in order.':
    '挂起时写入 /sys/power/state 的词，依次尝试。',
  'How long memory pressure must stay above the limit before oomd acts.':
    '内存压力需要持续高于上限多久 oomd 才会行动。',
  'Memory pressure (a percentage) above which oomd kills, for units that do not set their own.':
    '内存压力（百分比）高于此值时 oomd 进行终止，适用于未自行设置的单元。',
  'Old name of DefaultMemoryPressureLimit=, in one release only.':
    'DefaultMemoryPressureLimit= 的旧名称，仅存在于一个版本中。',
  'How long oomd waits for its pre-kill hooks before it kills anyway.':
    'oomd 在终止前等待预终止钩子的时间，超时后仍会终止。',
  'Swap use (a percentage) above which oomd starts killing.':
    '交换空间使用率（百分比）高于此值时 oomd 开始终止进程。',
  'Old name of SwapUsedLimit=, in one release only.':
    'SwapUsedLimit= 的旧名称，仅存在于一个版本中。',
  'How a rule picks what to kill: kill-all, kill-by-pgscan or kill-by-swap.':
    '规则如何选择要终止的对象：kill-all、kill-by-pgscan 或 kill-by-swap。',
  'How long the rule\'s condition must hold before it acts.':
    '规则的条件需要持续多久才会行动。',
  'Memory pressure (a percentage) above which the rule acts.':
    '内存压力（百分比）高于此值时规则行动。',
  'Swap use (a percentage) above which the rule acts.':
    '交换空间使用率（百分比）高于此值时规则行动。',
  'What to do with the kernel\'s saved crash records: external (copy to /var/lib/systemd/pstore), journal, or none.':
    '如何处理内核保存的崩溃记录：external（复制到 /var/lib/systemd/pstore）、journal 或 none。',
  'Remove the records from pstore once they have been saved.':
    '保存后从 pstore 中删除这些记录。',
  'File system used for new home directories stored in images.':
    '以映像保存的新主目录所用的文件系统。',
  'Storage used for new home directories: luks, fscrypt, directory, subvolume or cifs.':
    '新主目录所用的存储：luks、fscrypt、directory、subvolume 或 cifs。',
  'Old place of [DHCPv4] DUIDRawData=: the raw DUID used by every link.':
    '[DHCPv4] DUIDRawData= 的旧位置：所有链路使用的原始 DUID。',
  'Old place of [DHCPv4] DUIDType=: how every link\'s DUID is formed.':
    '[DHCPv4] DUIDType= 的旧位置：所有链路的 DUID 的生成方式。',
  'Extra DHCP option the relay agent adds to relayed messages.':
    '中继代理在转发的消息中添加的额外 DHCP 选项。',
  'Make the relay agent put its own address in the server identifier.':
    '让中继代理在服务器标识中填写自己的地址。',
  'Remote ID the relay agent adds to relayed messages.':
    '中继代理在转发的消息中添加的远程 ID。',
  'Address of the DHCP server the relay agent forwards to.':
    '中继代理转发到的 DHCP 服务器地址。',
  'Keep the DHCP server\'s leases across restarts: yes, no or runtime.':
    '在重启之间保留 DHCP 服务器的租约：yes、no 或 runtime。',
  'Default client identifier sent by DHCPv4 clients: mac or duid.':
    'DHCPv4 客户端默认发送的客户端标识：mac 或 duid。',
  'Raw DUID used by DHCPv4 clients of every link.':
    '所有链路的 DHCPv4 客户端使用的原始 DUID。',
  'How the DUID of DHCPv4 clients is formed.':
    'DHCPv4 客户端的 DUID 的生成方式。',
  'Default for using domains learnt by DHCPv4: yes, route or no.':
    '是否使用经 DHCPv4 获知的域的默认值：yes、route 或 no。',
  'Raw DUID used by DHCPv6 clients of every link.':
    '所有链路的 DHCPv6 客户端使用的原始 DUID。',
  'How the DUID of DHCPv6 clients is formed.':
    'DHCPv6 客户端的 DUID 的生成方式。',
  'Default for using domains learnt by DHCPv6: yes, route or no.':
    '是否使用经 DHCPv6 获知的域的默认值：yes、route 或 no。',
  'Default for using domains learnt from router advertisements: yes, route or no.':
    '是否使用从路由器通告获知的域的默认值：yes、route 或 no。',
  'Label given to the prefix of the same [IPv6AddressLabel] section.':
    '赋给同一 [IPv6AddressLabel] 节中前缀的标签。',
  'IPv6 prefix the label applies to.':
    '标签适用的 IPv6 前缀。',
  'Default IPv4 forwarding for every link.':
    '所有链路默认的 IPv4 转发设置。',
  'Default IPv6 forwarding for every link.':
    '所有链路默认的 IPv6 转发设置。',
  'Default use of temporary IPv6 addresses for every link.':
    '所有链路默认是否使用临时 IPv6 地址。',
  'Remove next hops that networkd did not create.':
    '删除不是 networkd 创建的下一跳。',
  'Remove routes that networkd did not create.':
    '删除不是 networkd 创建的路由。',
  'Remove routing policy rules that networkd did not create.':
    '删除不是 networkd 创建的路由策略规则。',
  'Names for routing table numbers, as name:number pairs.':
    '路由表编号的名称，写作 name:number 对。',
  'Measure the traffic speed of every link.':
    '测量每个链路的流量速度。',
  'How often the traffic speed is measured.':
    '多久测量一次流量速度。',
  'Default for using learnt domains on every link: yes, route or no.':
    '所有链路默认是否使用获知的域：yes、route 或 no。',
  'Capabilities kept in the bounding set of the manager and everything it starts; ~ drops the listed ones.':
    '管理器及其启动的一切保留在边界集中的能力；~ 表示去掉所列的能力。',
  'CPUs the manager and, by default, its services may run on.':
    '管理器及其服务（默认）可运行的 CPU。',
  'What PID 1 does after it crashes: freeze, reboot or poweroff.':
    'PID 1 崩溃后的动作：freeze、reboot 或 poweroff。',
  'Virtual terminal to switch to when PID 1 crashes.':
    'PID 1 崩溃时切换到的虚拟终端。',
  'Old name of CrashChangeVT=.':
    'CrashChangeVT= 的旧名称。',
  'Reboot when PID 1 crashes (older form of CrashAction=reboot).':
    'PID 1 崩溃时重启（CrashAction=reboot 的旧形式）。',
  'Start a shell when PID 1 crashes.':
    'PID 1 崩溃时启动一个 shell。',
  'What to do when Ctrl+Alt+Del is pressed more than seven times in two seconds.':
    '两秒内按 Ctrl+Alt+Del 超过七次时的动作。',
  'Obsolete: block I/O accounting was replaced by IO accounting.':
    '已过时：块 I/O 统计已由 IO 统计取代。',
  'Obsolete: CPU accounting is always on where the kernel allows.':
    '已过时：只要内核允许，CPU 统计总是开启。',
  'Default CPU pressure threshold for units that watch CPU pressure.':
    '监视 CPU 压力的单元的默认 CPU 压力阈值。',
  'Default for units\' CPUPressureWatch=.':
    '单元 CPUPressureWatch= 的默认值。',
  'How long to wait for a device unit to appear, by default.':
    '默认等待设备单元出现的时间。',
  'Environment variables passed to every process the manager starts.':
    '传给管理器启动的每个进程的环境变量。',
  'Turn on IO accounting for every unit by default.':
    '默认为每个单元开启 IO 统计。',
  'Default IO pressure threshold for units that watch IO pressure.':
    '监视 IO 压力的单元的默认 IO 压力阈值。',
  'Default for units\' IOPressureWatch=.':
    '单元 IOPressureWatch= 的默认值。',
  'Turn on IP traffic accounting for every unit by default.':
    '默认为每个单元开启 IP 流量统计。',
  'Default address space limit of the processes started (soft[:hard]).':
    '所启动进程的默认地址空间限制（soft[:hard]）。',
  'Default core dump size limit of the processes started (soft[:hard]).':
    '所启动进程的默认核心转储大小限制（soft[:hard]）。',
  'Default CPU time limit of the processes started (soft[:hard]).':
    '所启动进程的默认 CPU 时间限制（soft[:hard]）。',
  'Default data segment size limit of the processes started (soft[:hard]).':
    '所启动进程的默认数据段大小限制（soft[:hard]）。',
  'Default file size limit of the processes started (soft[:hard]).':
    '所启动进程的默认文件大小限制（soft[:hard]）。',
  'Default file lock count limit of the processes started (soft[:hard]).':
    '所启动进程的默认文件锁数量限制（soft[:hard]）。',
  'Default locked memory limit of the processes started (soft[:hard]).':
    '所启动进程的默认锁定内存限制（soft[:hard]）。',
  'Default POSIX message queue size limit of the processes started (soft[:hard]).':
    '所启动进程的默认 POSIX 消息队列大小限制（soft[:hard]）。',
  'Default highest niceness the processes started may ask for (soft[:hard]).':
    '所启动进程可请求的默认最高 nice 值（soft[:hard]）。',
  'Default open file descriptor limit of the processes started (soft[:hard]).':
    '所启动进程的默认打开文件描述符数量限制（soft[:hard]）。',
  'Default process count limit of the processes started (soft[:hard]).':
    '所启动进程的默认进程数量限制（soft[:hard]）。',
  'Default resident set size limit of the processes started (soft[:hard]).':
    '所启动进程的默认常驻内存大小限制（soft[:hard]）。',
  'Default highest real-time priority of the processes started (soft[:hard]).':
    '所启动进程的默认最高实时优先级（soft[:hard]）。',
  'Default real-time CPU time limit of the processes started (soft[:hard]).':
    '所启动进程的默认实时 CPU 时间限制（soft[:hard]）。',
  'Default pending signal count limit of the processes started (soft[:hard]).':
    '所启动进程的默认待处理信号数量限制（soft[:hard]）。',
  'Default stack size limit of the processes started (soft[:hard]).':
    '所启动进程的默认栈大小限制（soft[:hard]）。',
  'Turn on memory accounting for every unit by default.':
    '默认为每个单元开启内存统计。',
  'Default memory pressure threshold for units that watch memory pressure.':
    '监视内存压力的单元的默认内存压力阈值。',
  'Default for units\' MemoryPressureWatch=.':
    '单元 MemoryPressureWatch= 的默认值。',
  'Default for units\' MemoryZSwapWriteback=.':
    '单元 MemoryZSwapWriteback= 的默认值。',
  'Default for services\' OOMPolicy=: continue, stop or kill.':
    '服务 OOMPolicy= 的默认值：continue、stop 或 kill。',
  'Default OOM score adjustment of the processes started.':
    '所启动进程的默认 OOM 分数调整值。',
  'Default wait before a service is restarted.':
    '服务重启前默认的等待时间。',
  'Default for units\' RestrictSUIDSGID=.':
    '单元 RestrictSUIDSGID= 的默认值。',
  'Default StandardError= of services (journal by default).':
    '服务 StandardError= 的默认值（默认 journal）。',
  'Default StandardOutput= of services (journal by default).':
    '服务 StandardOutput= 的默认值（默认 journal）。',
  'Default number of starts allowed within DefaultStartLimitIntervalSec=.':
    '在 DefaultStartLimitIntervalSec= 内默认允许的启动次数。',
  'Old name of DefaultStartLimitIntervalSec=.':
    'DefaultStartLimitIntervalSec= 的旧名称。',
  'Default window over which a unit\'s starts are counted for the start limit.':
    '为启动限制统计单元启动次数的默认时间窗口。',
  'Turn on task accounting for every unit by default.':
    '默认为每个单元开启任务统计。',
  'Default limit on the tasks of each unit: a number, a percentage, or infinity.':
    '每个单元任务数的默认限制：数字、百分比或 infinity。',
  'Default time a service gets to write a core dump when its watchdog fires.':
    '服务看门狗触发时写核心转储的默认时间。',
  'Default time a unit may take to start.':
    '单元启动可用的默认时间。',
  'Default time a unit may take to stop before it is killed.':
    '单元停止可用的默认时间，超时后被终止。',
  'Default accuracy of timers: how far their elapse may be moved to save wakeups.':
    '定时器的默认精度：为减少唤醒，触发时间可移动的范围。',
  'Let PID 1 write a core dump when it crashes.':
    'PID 1 崩溃时写核心转储。',
  'Most event loop iterations of the manager within EventLoopRateLimitIntervalSec=.':
    '在 EventLoopRateLimitIntervalSec= 内管理器事件循环的最大迭代次数。',
  'Window over which the manager\'s event loop iterations are counted.':
    '统计管理器事件循环迭代次数的时间窗口。',
  'Obsolete: cgroup controllers are no longer joined.':
    '已过时：不再合并 cgroup 控制器。',
  'Hardware watchdog timeout kept while rebooting with kexec.':
    '使用 kexec 重启期间保持的硬件看门狗超时。',
  'Colour the manager\'s log messages on the console.':
    '在控制台上为管理器的日志消息着色。',
  'Most verbose level of the manager\'s own log messages.':
    '管理器自身日志消息的最详细级别。',
  'Add the source file and line to the manager\'s log messages.':
    '在管理器的日志消息中加上源文件和行号。',
  'Where the manager logs: console, kmsg, journal, journal-or-kmsg, auto or null.':
    '管理器的日志去向：console、kmsg、journal、journal-or-kmsg、auto 或 null。',
  'Add a time stamp to the manager\'s log messages on the console.':
    '在控制台上管理器的日志消息中加上时间戳。',
  'Environment variables of the manager itself, also passed to generators.':
    '管理器自身的环境变量，也会传给生成器。',
  'Shortest time the system stays up before a reboot or shutdown goes ahead.':
    '重启或关机执行前系统至少保持运行的时间。',
  'Set no_new_privs on the manager, so nothing it starts can gain privileges.':
    '在管理器上设置 no_new_privs，使其启动的任何进程都无法获得特权。',
  'NUMA nodes used with NUMAPolicy=.':
    '与 NUMAPolicy= 一起使用的 NUMA 节点。',
  'NUMA memory policy of the manager and, by default, its services.':
    '管理器及其服务（默认）的 NUMA 内存策略。',
  'Mount /usr read-only for the manager early at boot (yes, no or auto).':
    '开机早期为管理器把 /usr 挂载为只读（yes、no 或 auto）。',
  'Hardware watchdog timeout kept while the system reboots.':
    '系统重启期间保持的硬件看门狗超时。',
  'Most reloads of the manager allowed within ReloadLimitIntervalSec=.':
    '在 ReloadLimitIntervalSec= 内允许管理器重新加载的最大次数。',
  'Window over which the manager\'s reloads are counted.':
    '统计管理器重新加载次数的时间窗口。',
  'Restrict which file systems the manager may execute programs from.':
    '限制管理器可从哪些文件系统执行程序。',
  'Kernel watchdog pretimeout governor to use (noop, panic, ...).':
    '使用的内核看门狗预超时调控器（noop、panic 等）。',
  'Warning time before the hardware watchdog fires.':
    '硬件看门狗触发前的预警时间。',
  'Hardware watchdog timeout the manager keeps resetting while it runs.':
    '管理器运行时不断重置的硬件看门狗超时。',
  'Show unit status on the console while booting and shutting down.':
    '开机和关机时在控制台上显示单元状态。',
  'Old name of RebootWatchdogSec=.':
    'RebootWatchdogSec= 的旧名称。',
  'How units are named in status messages: name, description or combined.':
    '状态消息中单元的命名方式：name、description 或 combined。',
  'Obsolete: set SystemCallArchitectures= on units instead.':
    '已过时：请在单元上设置 SystemCallArchitectures=。',
  'Timer slack of the manager and, by default, its processes, in nanoseconds.':
    '管理器及其进程（默认）的定时器松弛量，以纳秒计。',
  'Hardware watchdog device to use (default /dev/watchdog0).':
    '使用的硬件看门狗设备（默认 /dev/watchdog0）。',
  'Capabilities added to the ambient set of the container\'s first process.':
    '加入容器首个进程环境能力集的能力。',
  'Run an init system in the container and boot it, rather than one command.':
    '在容器中运行 init 系统并引导，而不是运行一条命令。',
  'Capabilities granted to the container beyond the default set.':
    '默认集合之外授予容器的能力。',
  'CPUs the container\'s processes may run on.':
    '容器进程可运行的 CPU。',
  'Capabilities taken away from the container\'s default set.':
    '从容器默认集合中去掉的能力。',
  'Environment variables for the container\'s first process, as VAR=value.':
    '容器首个进程的环境变量，写作 VAR=value。',
  'Run the container on a temporary snapshot that is removed when it stops.':
    '在容器停止即删除的临时快照上运行容器。',
  'Host name set inside the container.':
    '在容器内设置的主机名。',
  'Signal sent to the container\'s first process to stop it.':
    '为停止容器而发给其首个进程的信号。',
  'Address space limit in the container (soft[:hard]).':
    '容器内的地址空间限制（soft[:hard]）。',
  'Core dump size limit in the container (soft[:hard]).':
    '容器内的核心转储大小限制（soft[:hard]）。',
  'CPU time limit in the container (soft[:hard]).':
    '容器内的 CPU 时间限制（soft[:hard]）。',
  'Data segment size limit in the container (soft[:hard]).':
    '容器内的数据段大小限制（soft[:hard]）。',
  'File size limit in the container (soft[:hard]).':
    '容器内的文件大小限制（soft[:hard]）。',
  'File lock count limit in the container (soft[:hard]).':
    '容器内的文件锁数量限制（soft[:hard]）。',
  'Locked memory limit in the container (soft[:hard]).':
    '容器内的锁定内存限制（soft[:hard]）。',
  'POSIX message queue size limit in the container (soft[:hard]).':
    '容器内的 POSIX 消息队列大小限制（soft[:hard]）。',
  'Highest niceness that may be asked for in the container (soft[:hard]).':
    '容器内可请求的最高 nice 值（soft[:hard]）。',
  'Open file descriptor limit in the container (soft[:hard]).':
    '容器内的打开文件描述符数量限制（soft[:hard]）。',
  'Process count limit in the container (soft[:hard]).':
    '容器内的进程数量限制（soft[:hard]）。',
  'Resident set size limit in the container (soft[:hard]).':
    '容器内的常驻内存大小限制（soft[:hard]）。',
  'Highest real-time priority in the container (soft[:hard]).':
    '容器内的最高实时优先级（soft[:hard]）。',
  'Real-time CPU time limit in the container (soft[:hard]).':
    '容器内的实时 CPU 时间限制（soft[:hard]）。',
  'Pending signal count limit in the container (soft[:hard]).':
    '容器内的待处理信号数量限制（soft[:hard]）。',
  'Stack size limit in the container (soft[:hard]).':
    '容器内的栈大小限制（soft[:hard]）。',
  'Make the container\'s journal visible on the host: no, host, try-host, guest, try-guest or auto.':
    '让容器的日志在宿主机上可见：no、host、try-host、guest、try-guest 或 auto。',
  'Machine ID given to the container.':
    '赋给容器的机器 ID。',
  'Set no_new_privs on the container\'s processes.':
    '在容器进程上设置 no_new_privs。',
  'Wait for the container\'s init to report readiness before reporting the container ready.':
    '等容器的 init 报告就绪后才报告容器就绪。',
  'OOM score adjustment of the container\'s processes.':
    '容器进程的 OOM 分数调整值。',
  'Command line of the container\'s first process, or arguments to init when booting.':
    '容器首个进程的命令行，引导时则为传给 init 的参数。',
  'Execution domain reported in the container (x86 or x86-64).':
    '容器内报告的执行域（x86 或 x86-64）。',
  'Folder of the image to make the root, and where the old root goes.':
    '映像中要作为根的目录，以及旧根放到哪里。',
  'Run the container in a user namespace: no, yes, pick, identity, or a UID range.':
    '在用户命名空间中运行容器：no、yes、pick、identity 或 UID 范围。',
  'How many extra UID ranges the container may hand to its own user namespaces.':
    '容器可交给其自身用户命名空间的额外 UID 范围数量。',
  'Run a minimal init as PID 1 and the command as PID 2.':
    '以 PID 1 运行一个最小 init，命令作为 PID 2 运行。',
  'How /etc/resolv.conf of the container is set up (copy-host, bind-stub, off, auto, ...).':
    '容器中 /etc/resolv.conf 的设置方式（copy-host、bind-stub、off、auto 等）。',
  'Socket address families the container may use.':
    '容器可使用的套接字地址族。',
  'Turn sync and fsync calls in the container into no-ops.':
    '把容器内的 sync 和 fsync 调用变为空操作。',
  'System calls allowed in, or with ~ denied to, the container beyond the default filter.':
    '默认过滤之外容器中允许（或用 ~ 禁止）的系统调用。',
  'How /etc/localtime of the container is set up (copy, bind, symlink, off, auto, ...).':
    '容器中 /etc/localtime 的设置方式（copy、bind、symlink、off、auto 等）。',
  'User the container\'s first process runs as.':
    '容器首个进程运行所用的用户。',
  'Folder the container\'s first process starts in.':
    '容器首个进程启动时所在的目录。',
  'Bind mount a host path into the container (SOURCE[:DEST[:OPTIONS]]).':
    '把宿主机路径绑定挂载到容器中（SOURCE[:DEST[:OPTIONS]]）。',
  'Bind mount a host path into the container read-only.':
    '把宿主机路径以只读方式绑定挂载到容器中。',
  'Host users made available in the container with their home folders.':
    '连同主目录一起在容器中提供的宿主机用户。',
  'Shell the users of BindUser= get in the container.':
    'BindUser= 的用户在容器中使用的 shell。',
  'Paths in the container made inaccessible.':
    '在容器中设为不可访问的路径。',
  'Overlay mount of several host folders at a path in the container.':
    '在容器中某路径上叠加挂载多个宿主机目录。',
  'Read-only overlay mount of several host folders in the container.':
    '在容器中只读地叠加挂载多个宿主机目录。',
  'Old form of PrivateUsersOwnership=chown.':
    'PrivateUsersOwnership=chown 的旧形式。',
  'How file ownership of the image is adapted to the user namespace: off, chown, map, foreign or auto.':
    '映像中的文件所有权如何适应用户命名空间：off、chown、map、foreign 或 auto。',
  'Mount the container\'s root file system read-only.':
    '以只读方式挂载容器的根文件系统。',
  'Mount an empty tmpfs at this path in the container.':
    '在容器中此路径上挂载一个空的 tmpfs。',
  'Run the container with a volatile file system: no, yes, state or overlay.':
    '以易失文件系统运行容器：no、yes、state 或 overlay。',
  'Host bridge the container\'s virtual Ethernet link is added to.':
    '容器虚拟以太网链路要加入的宿主机网桥。',
  'Host network interface moved into the container.':
    '移入容器的宿主机网络接口。',
  'Host interface from which an IPVLAN interface is made for the container.':
    '为容器创建 IPVLAN 接口所基于的宿主机接口。',
  'Host interface from which a MACVLAN interface is made for the container.':
    '为容器创建 MACVLAN 接口所基于的宿主机接口。',
  'Network namespace (a path) the container joins.':
    '容器加入的网络命名空间（路径）。',
  'Host port forwarded to the container ([PROTOCOL:]HOSTPORT[:CONTAINERPORT]).':
    '转发到容器的宿主机端口（[PROTOCOL:]HOSTPORT[:CONTAINERPORT]）。',
  'Give the container a network namespace of its own.':
    '为容器提供独立的网络命名空间。',
  'Create a virtual Ethernet link between host and container.':
    '在宿主机和容器之间创建虚拟以太网链路。',
  'Extra virtual Ethernet link between host and container (HOSTIF[:CONTAINERIF]).':
    '宿主机和容器之间的额外虚拟以太网链路（HOSTIF[:CONTAINERIF]）。',
  'Network zone (a bridge shared by containers) the container\'s link is added to.':
    '容器链路要加入的网络区域（容器共享的网桥）。',
  'Kernel names (globs allowed) of the interfaces this file applies to, before any renaming.':
    '此文件适用的接口在改名前的内核名称（可用通配符）。',
  'Free text describing the virtual device.':
    '描述此虚拟设备的自由文本。',
  'Kind of virtual device to create: bridge, bond, vlan, vxlan, wireguard, dummy, ...':
    '要创建的虚拟设备类别：bridge、bond、vlan、vxlan、wireguard、dummy 等。',
  'MAC address of the new device; none keeps the kernel\'s.':
    '新设备的 MAC 地址；none 表示保留内核分配的地址。',
  'Maximum transmission unit of the new device.':
    '新设备的最大传输单元。',
  'Interface name of the device to create.':
    '要创建的设备的接口名。',
  'Create the device only on this CPU architecture; a leading ! negates.':
    '仅在此 CPU 架构上创建设备；开头的 ! 表示取反。',
  'Create the device only when the service was given this credential.':
    '仅当服务获得此凭据时创建设备。',
  'Create the device only on this firmware type.':
    '仅在此固件类型上创建设备。',
  'Create the device only on the machine with this host name or machine ID.':
    '仅在具有此主机名或机器 ID 的机器上创建设备。',
  'Create the device only when the kernel command line has this option (or, with !, lacks it).':
    '仅当内核命令行含有此选项（或用 ! 表示不含）时创建设备。',
  'Create the device only when the kernel version matches.':
    '仅当内核版本匹配时创建设备。',
  'Create the device only when the systemd version matches.':
    '仅当 systemd 版本匹配时创建设备。',
  'Create the device only in this kind of virtual machine or container.':
    '仅在此类虚拟机或容器中创建设备。',
  'How long a learnt MAC address stays in the bridge\'s forwarding table.':
    '学到的 MAC 地址在网桥转发表中保留的时间。',
  'VLAN ID given to untagged frames on the bridge\'s ports; none for no default.':
    '网桥端口上未打标签帧的 VLAN ID；none 表示无默认值。',
  'Most entries the bridge learns into its forwarding table.':
    '网桥学入转发表的最大条目数。',
  'Time spent in the listening and learning states before a port forwards.':
    '端口开始转发前在监听和学习状态停留的时间。',
  'Mask of link-local group addresses the bridge forwards instead of dropping.':
    '网桥转发而非丢弃的链路本地组地址的掩码。',
  'Interval between spanning tree hello packets.':
    '生成树 hello 包之间的间隔。',
  'Learn MAC addresses from link-local frames too.':
    '也从链路本地帧学习 MAC 地址。',
  'How long spanning tree information from the root bridge is kept.':
    '保留来自根网桥的生成树信息的时间。',
  'IGMP version the bridge uses for multicast snooping.':
    '网桥进行多播侦听时使用的 IGMP 版本。',
  'Make the bridge send IGMP and MLD queries.':
    '让网桥发送 IGMP 和 MLD 查询。',
  'Forward multicast only to ports with listeners (IGMP/MLD snooping).':
    '只把多播转发到有监听者的端口（IGMP/MLD 侦听）。',
  'Spanning tree priority of the bridge; lower wins the root election.':
    '网桥的生成树优先级；越小越容易成为根。',
  'Run the spanning tree protocol on the bridge.':
    '在网桥上运行生成树协议。',
  'Filter frames on the bridge by VLAN.':
    '在网桥上按 VLAN 过滤帧。',
  'VLAN protocol of the bridge: 802.1q or 802.1ad.':
    '网桥的 VLAN 协议：802.1q 或 802.1ad。',
  'Mapping of packet priorities to VLAN priorities for outgoing frames (FROM-TO).':
    '出站帧的包优先级到 VLAN 优先级的映射（FROM-TO）。',
  'Register the VLAN with GVRP.':
    '通过 GVRP 注册此 VLAN。',
  'VLAN ID, from 0 to 4094.':
    'VLAN ID，从 0 到 4094。',
  'Mapping of VLAN priorities to packet priorities for incoming frames (FROM-TO).':
    '入站帧的 VLAN 优先级到包优先级的映射（FROM-TO）。',
  'Do not tie the VLAN\'s operational state to its lower device\'s.':
    '不把 VLAN 的运行状态与其下层设备绑定。',
  'Register the VLAN with MVRP.':
    '通过 MVRP 注册此 VLAN。',
  'VLAN protocol: 802.1q or 802.1ad.':
    'VLAN 协议：802.1q 或 802.1ad。',
  'Reorder the VLAN header of outgoing packets so it looks like a normal Ethernet header.':
    '重排出站包的 VLAN 头，使其看起来像普通以太网头。',
  'MAC address used as the system ID in 802.3ad negotiation.':
    '802.3ad 协商中用作系统 ID 的 MAC 地址。',
  'System priority used in 802.3ad negotiation.':
    '802.3ad 协商中使用的系统优先级。',
  'How the active 802.3ad aggregator is chosen: stable, bandwidth or count.':
    '如何选择活动的 802.3ad 聚合器：stable、bandwidth 或 count。',
  'Upper bits of the 802.3ad port key.':
    '802.3ad 端口键的高位。',
  'Deliver duplicate frames received on inactive ports too.':
    '也投递在非活动端口上收到的重复帧。',
  'Whether any or all ARP targets must answer for a port to count as up.':
    '端口被视为启用时，需要任一还是全部 ARP 目标应答。',
  'Interval between ARP link monitoring probes; 0 turns ARP monitoring off.':
    'ARP 链路监测探测之间的间隔；0 关闭 ARP 监测。',
  'IPv4 addresses probed by ARP link monitoring.':
    'ARP 链路监测探测的 IPv4 地址。',
  'ARP probes that may go unanswered before a port is taken down.':
    '端口被关闭前允许未应答的 ARP 探测数。',
  'Which ports check ARP replies: none, active, backup or all.':
    '哪些端口校验 ARP 应答：none、active、backup 或 all。',
  'Wait after a link failure before the port is disabled.':
    '链路故障后禁用端口前的等待时间。',
  'Balance transmit load dynamically in balance-tlb mode.':
    '在 balance-tlb 模式下动态平衡发送负载。',
  'How MAC addresses are handled on failover in active-backup mode: none, active or follow.':
    'active-backup 模式下故障切换时 MAC 地址的处理方式：none、active 或 follow。',
  'Gratuitous ARP or unsolicited neighbour announcements sent after a failover.':
    '故障切换后发送的免费 ARP 或主动邻居通告数量。',
  'How often LACP packets are asked for from the partner: slow or fast.':
    '要求对端发送 LACP 包的频率：slow 或 fast。',
  'Interval between learning packets in balance-alb and balance-tlb modes.':
    'balance-alb 和 balance-tlb 模式下学习包之间的间隔。',
  'Interval between MII link checks; 0 turns MII monitoring off.':
    'MII 链路检查之间的间隔；0 关闭 MII 监测。',
  'Ports that must be up before the bond counts as having carrier.':
    'bond 被视为有载波前必须启用的端口数。',
  'Bonding mode: balance-rr, active-backup, balance-xor, broadcast, 802.3ad, balance-tlb or balance-alb.':
    '绑定模式：balance-rr、active-backup、balance-xor、broadcast、802.3ad、balance-tlb 或 balance-alb。',
  'Packets sent through a port before moving to the next in balance-rr mode.':
    'balance-rr 模式下切换到下一端口前经一个端口发送的包数。',
  'Delay between peer notifications sent after a failover.':
    '故障切换后发送的对端通知之间的延迟。',
  'When the primary port becomes active again: always, better or failure.':
    '主端口何时重新成为活动端口：always、better 或 failure。',
  'IGMP membership reports sent after a failover.':
    '故障切换后发送的 IGMP 成员报告数量。',
  'How the outgoing port is chosen in balance-xor and 802.3ad modes: layer2, layer3+4, ...':
    'balance-xor 和 802.3ad 模式下如何选择出站端口：layer2、layer3+4 等。',
  'Wait after a link recovers before the port is enabled.':
    '链路恢复后启用端口前的等待时间。',
});
