// Simplified Chinese for the key summaries of schema/families/summaries/networkDhcp.ts, keyed by their English.
/* eslint max-lines: "off" -- one line per summary */
export const networkDhcpZh = (): Readonly<Record<string, string>> => ({
  'Send as little identifying information as possible (RFC 7844), overriding options that would reveal the host.':
    '尽量少发送可识别身份的信息（RFC 7844），并覆盖会暴露本机的选项。',
  'What the client identifier sent to the server is built from: mac, duid or duid-only.':
    '发送给服务器的客户端标识符由什么构成：mac、duid 或 duid-only。',
  'Keep the DHCP address even after its lease runs out (for a root file system over the network); replaced by KeepConfiguration=.':
    '即使租约到期也保留 DHCP 地址（用于网络上的根文件系统）；已由 KeepConfiguration= 取代。',
  'Raw bytes of the DHCP unique identifier, as colon-separated hex bytes, for DUID types that carry data.':
    'DHCP 唯一标识符（DUID）的原始字节，以冒号分隔的十六进制字节表示，用于携带数据的 DUID 类型。',
  'Type of DHCP unique identifier to send: vendor, uuid, link-layer-time[:TIME], link-layer or a number.':
    '要发送的 DHCP 唯一标识符类型：vendor、uuid、link-layer-time[:TIME]、link-layer 或一个数字。',
  'No longer used (networkd only warns); it once made the DHCPv6 client ask for prefix delegation even when router advertisements did not call for it.':
    '已不再使用（networkd 只给出警告）；它曾让 DHCPv6 客户端在路由器通告未要求时也请求前缀委派。',
  'Host name to send to the DHCP server instead of the machine\'s own.':
    '发送给 DHCP 服务器的主机名，代替本机自己的主机名。',
  'Identity association identifier (a 32-bit number) sent along with the DUID.':
    '与 DUID 一同发送的身份关联标识符（IAID，32 位数字）。',
  'Local UDP port the DHCP client sends its packets from.':
    'DHCP 客户端发送数据包所用的本地 UDP 端口。',
  'Use the two-message rapid commit exchange with the DHCPv6 server.':
    '与 DHCPv6 服务器使用两条消息的快速提交（rapid commit）交换。',
  'Ask the server to broadcast its replies, for devices that cannot take unicast before they have an address.':
    '请求服务器以广播方式回复，用于在获得地址前无法接收单播的设备。',
  'Metric (priority) of the routes added from the DHCP lease; lower wins.':
    '由 DHCP 租约添加的路由的度量值（优先级）；数值小者优先。',
  'Routing table (number or name) for the routes added from the DHCP lease.':
    '由 DHCP 租约添加的路由所用的路由表（编号或名称）。',
  'Send a host name to the DHCP server (the machine\'s own, or Hostname=).':
    '向 DHCP 服务器发送主机名（本机的主机名，或 Hostname=）。',
  'Use the DNS servers the lease names.':
    '使用租约中给出的 DNS 服务器。',
  'Old name of UseDomains=: use the lease\'s domain name for lookups (yes, no or route).':
    'UseDomains= 的旧名称：将租约中的域名用于查询（yes、no 或 route）。',
  'Use the domain names the lease carries: yes as search domains, route only to route queries for them, or no.':
    '使用租约携带的域名：yes 作为搜索域，route 仅用于路由对这些域的查询，或 no。',
  'Set the transient host name from the name the server sends.':
    '用服务器发来的名称设置临时主机名。',
  'Set the interface MTU from the lease.':
    '用租约中的值设置接口 MTU。',
  'Hand the NTP servers the lease names to systemd-timesyncd.':
    '将租约中给出的 NTP 服务器交给 systemd-timesyncd。',
  'User class identifiers (option 77) to send, separated by blanks.':
    '要发送的用户类标识符（选项 77），以空白分隔。',
  'Add the static and classless routes the lease carries.':
    '添加租约携带的静态路由和无类别路由。',
  'Set the system time zone from the lease.':
    '用租约中的时区设置系统时区。',
  'Vendor class identifier (option 60) to send.':
    '要发送的厂商类标识符（选项 60）。',
  'Take offers only from DHCP servers with these addresses or in these prefixes.':
    '只接受来自这些地址或这些前缀内的 DHCP 服务器的提供（offer）。',
  'Old name of DenyList=: DHCP servers (addresses or prefixes) whose offers are ignored.':
    'DenyList= 的旧名称：忽略其提供（offer）的 DHCP 服务器（地址或前缀）。',
  'Speak BOOTP instead of DHCP, for old servers that only answer BOOTP requests.':
    '使用 BOOTP 而非 DHCP，用于只响应 BOOTP 请求的旧服务器。',
  'DHCP servers (addresses or prefixes) whose offers are ignored.':
    '忽略其提供（offer）的 DHCP 服务器（地址或前缀）。',
  'Lifetime to assume when the server sends a lease without one (forever or infinity).':
    '服务器发来的租约未带有效期时采用的有效期（forever 或 infinity）。',
  'Initial TCP receive window (in segments) set on the routes added from the lease.':
    '在由租约添加的路由上设置的初始 TCP 接收窗口（以报文段计）。',
  'Initial TCP congestion window (in segments) set on the routes added from the lease.':
    '在由租约添加的路由上设置的初始 TCP 拥塞窗口（以报文段计）。',
  'Type-of-service marking of outgoing DHCP packets: none, CS6 or CS4.':
    '发出的 DHCP 数据包的服务类型标记：none、CS6 或 CS4。',
  'Ask for the IPv6-only preferred option (RFC 8925) and skip the IPv4 address when the server grants it.':
    '请求“仅 IPv6 优先”选项（RFC 8925），服务器同意时不再使用 IPv4 地址。',
  'Label to give the address acquired over DHCP (at most 15 characters).':
    '给通过 DHCP 获得的地址设置的标签（最多 15 个字符）。',
  'How many times to send a DHCP request before giving up: a number or infinity.':
    '放弃前发送 DHCP 请求的次数：一个数字或 infinity。',
  'Manufacturer Usage Description URL (RFC 8520) to send to the DHCP server.':
    '发送给 DHCP 服务器的制造商使用描述（MUD）URL（RFC 8520）。',
  'NetLabel security label to attach to the address acquired over DHCPv4.':
    '附加到通过 DHCPv4 获得的地址上的 NetLabel 安全标签。',
  'nftables sets to add the DHCPv4 address to, as address, prefix or ifindex then family:table:set.':
    '要加入 DHCPv4 地址的 nftables 集合，格式为 address、prefix 或 ifindex 后接 family:table:set。',
  'Turn on TCP quick acknowledgements for the routes added from the lease.':
    '为由租约添加的路由开启 TCP 快速确认（quick ack）。',
  'Ask for the two-message rapid commit exchange (RFC 4039) to get a lease sooner.':
    '请求两条消息的快速提交交换（RFC 4039），以更快获得租约。',
  'IPv4 address to ask the server for in the first discover message.':
    '在首个 discover 消息中向服务器请求的 IPv4 地址。',
  'Further DHCP option numbers (1-254) to ask the server for, separated by blanks.':
    '额外向服务器请求的 DHCP 选项编号（1-254），以空白分隔。',
  'MTU set on the routes added from the lease (K, M, G allowed).':
    '在由租约添加的路由上设置的 MTU（可用 K、M、G）。',
  'Add routes to the DNS servers the lease names.':
    '添加通往租约中 DNS 服务器的路由。',
  'Add routes to the NTP servers the lease names.':
    '添加通往租约中 NTP 服务器的路由。',
  'Check the offered address for conflicts first and decline it if another host already uses it.':
    '先检查提供的地址是否冲突，若已有其他主机使用则拒绝（decline）。',
  'Raw DHCP option to send, as CODE:TYPE:VALUE (types such as uint8, string, ipv4address); may repeat.':
    '要发送的原始 DHCP 选项，格式为 CODE:TYPE:VALUE（类型如 uint8、string、ipv4address）；可重复。',
  'Tell the server the lease is given back when the client stops.':
    '客户端停止时告知服务器归还租约。',
  'Vendor-specific sub-option (option 43) to send, as CODE:TYPE:VALUE; may repeat.':
    '要发送的厂商专用子选项（选项 43），格式为 CODE:TYPE:VALUE；可重复。',
  'UDP port of the DHCP server the requests go to.':
    '请求发往的 DHCP 服务器 UDP 端口。',
  'Socket priority (SO_PRIORITY) of the client\'s packets, for queueing disciplines to sort on.':
    '客户端数据包的套接字优先级（SO_PRIORITY），供排队规则据此分类。',
  'Reject route added for the parts of a delegated prefix that no downstream link uses: unreachable, prohibit, blackhole, throw or none.':
    '对委派前缀中没有下游链路使用的部分添加的拒绝路由：unreachable、prohibit、blackhole、throw 或 none。',
  'Use the lease\'s 6rd option (IPv6 rapid deployment) to hand IPv6 subnets to downstream links.':
    '使用租约中的 6rd 选项（IPv6 快速部署）向下游链路分配 IPv6 子网。',
  'Pass the captive portal URL the server sends on to the rest of the system.':
    '将服务器发来的强制门户（captive portal）URL 传给系统其余部分。',
  'Use the encrypted DNS resolvers (DNR, RFC 9463) the server announces.':
    '使用服务器通告的加密 DNS 解析器（DNR，RFC 9463）。',
  'Add a default route through the gateway (router option) the lease names.':
    '经租约给出的网关（router 选项）添加默认路由。',
  'Keep the SIP servers the server names, for networkctl and the D-Bus API.':
    '保存服务器给出的 SIP 服务器，供 networkctl 和 D-Bus API 使用。',
  'Raw bytes of the DUID sent to DHCPv6 servers, as colon-separated hex bytes.':
    '发送给 DHCPv6 服务器的 DUID 原始字节，以冒号分隔的十六进制字节表示。',
  'Type of DHCP unique identifier sent to DHCPv6 servers: vendor, uuid, link-layer-time[:TIME], link-layer or a number.':
    '发送给 DHCPv6 服务器的 DHCP 唯一标识符类型：vendor、uuid、link-layer-time[:TIME]、link-layer 或一个数字。',
  'Host name to send in the DHCPv6 FQDN option instead of the machine\'s own.':
    '在 DHCPv6 FQDN 选项中发送的主机名，代替本机自己的主机名。',
  'Identity association identifier (a 32-bit number) for DHCPv6 addresses and prefixes.':
    '用于 DHCPv6 地址和前缀的身份关联标识符（IAID，32 位数字）。',
  'Manufacturer Usage Description URL (RFC 8520) to send to the DHCPv6 server.':
    '发送给 DHCPv6 服务器的制造商使用描述（MUD）URL（RFC 8520）。',
  'NetLabel security label to attach to addresses acquired over DHCPv6.':
    '附加到通过 DHCPv6 获得的地址上的 NetLabel 安全标签。',
  'nftables sets to add the DHCPv6 addresses to, as address, prefix or ifindex then family:table:set.':
    '要加入 DHCPv6 地址的 nftables 集合，格式为 address、prefix 或 ifindex 后接 family:table:set。',
  'Prefix (ADDRESS/LENGTH) to suggest to the server when asking for a delegated prefix.':
    '请求委派前缀时向服务器建议的前缀（ADDRESS/LENGTH）。',
  'Further DHCPv6 option numbers to ask the server for, separated by blanks.':
    '额外向服务器请求的 DHCPv6 选项编号，以空白分隔。',
  'Metric of the routes added from DHCPv6; lower wins.':
    '由 DHCPv6 添加的路由的度量值；数值小者优先。',
  'Routing table (number or name) for the routes added from DHCPv6.':
    '由 DHCPv6 添加的路由所用的路由表（编号或名称）。',
  'Send a host name in the DHCPv6 FQDN option (the machine\'s own, or Hostname=).':
    '在 DHCPv6 FQDN 选项中发送主机名（本机的主机名，或 Hostname=）。',
  'Raw DHCPv6 option to send, as CODE:TYPE:VALUE; may repeat.':
    '要发送的原始 DHCPv6 选项，格式为 CODE:TYPE:VALUE；可重复。',
  'Release the DHCPv6 addresses and prefixes to the server when the client stops.':
    '客户端停止时向服务器释放 DHCPv6 地址和前缀。',
  'Vendor-specific DHCPv6 option to send, as ENTERPRISE:CODE:TYPE:VALUE; may repeat.':
    '要发送的厂商专用 DHCPv6 选项，格式为 ENTERPRISE:CODE:TYPE:VALUE；可重复。',
  'Assign the addresses the DHCPv6 server hands out (IA_NA).':
    '配置 DHCPv6 服务器分配的地址（IA_NA）。',
  'Ask for a delegated prefix and share its subnets among downstream links set up with [DHCPPrefixDelegation].':
    '请求委派前缀，并将其子网分给用 [DHCPPrefixDelegation] 配置的下游链路。',
  'User class values to send to the DHCPv6 server, separated by blanks.':
    '要发送给 DHCPv6 服务器的用户类值，以空白分隔。',
  'Vendor class values to send to the DHCPv6 server, separated by blanks.':
    '要发送给 DHCPv6 服务器的厂商类值，以空白分隔。',
  'Start the DHCPv6 client even when no router advertisement asks for it: no, solicit or information-request.':
    '即使没有路由器通告要求也启动 DHCPv6 客户端：no、solicit 或 information-request。',
  'No longer used (networkd only warns); it once chose whether the server socket was bound to the interface.':
    '已不再使用（networkd 只给出警告）；它曾决定服务器套接字是否绑定到该接口。',
  'Boot file name handed to clients that boot over the network.':
    '交给通过网络启动的客户端的启动文件名。',
  'Address of the boot (TFTP) server handed to network-booting clients.':
    '交给网络启动客户端的启动（TFTP）服务器地址。',
  'Name of the boot server handed to network-booting clients.':
    '交给网络启动客户端的启动服务器名称。',
  'Lease time granted to clients that ask for none, in seconds (time units allowed).':
    '客户端未指定时授予的租期，单位为秒（可用时间单位）。',
  'DNS server addresses handed to clients; _server_address stands for this server\'s own.':
    '交给客户端的 DNS 服务器地址；_server_address 表示本服务器自己的地址。',
  'Domain name handed to clients.':
    '交给客户端的域名。',
  'Hand clients DNS servers: those in DNS=, or else the ones of the uplink.':
    '向客户端提供 DNS 服务器：DNS= 中的，否则为上行链路的。',
  'Hand clients a domain name: Domain=, or else the one in this machine\'s host name.':
    '向客户端提供域名：Domain=，否则取本机主机名中的域名。',
  'Hand clients LPR print servers: those in LPR=, or else the ones of the uplink.':
    '向客户端提供 LPR 打印服务器：LPR= 中的，否则为上行链路的。',
  'Hand clients NTP servers: those in NTP=, or else the ones of the uplink.':
    '向客户端提供 NTP 服务器：NTP= 中的，否则为上行链路的。',
  'Hand clients POP3 mail servers: those in POP3=, or else the ones of the uplink.':
    '向客户端提供 POP3 邮件服务器：POP3= 中的，否则为上行链路的。',
  'Hand clients a default gateway: Router=, or else this server\'s address.':
    '向客户端提供默认网关：Router=，否则为本服务器的地址。',
  'Hand clients SIP servers: those in SIP=, or else the ones of the uplink.':
    '向客户端提供 SIP 服务器：SIP= 中的，否则为上行链路的。',
  'Hand clients SMTP mail servers: those in SMTP=, or else the ones of the uplink.':
    '向客户端提供 SMTP 邮件服务器：SMTP= 中的，否则为上行链路的。',
  'Hand clients a time zone: Timezone=, or else this machine\'s.':
    '向客户端提供时区：Timezone=，否则为本机的时区。',
  'Offer the IPv6-only preferred option (RFC 8925) with this wait time, so capable clients go without IPv4.':
    '以此等待时间提供“仅 IPv6 优先”选项（RFC 8925），让支持的客户端不使用 IPv4。',
  'Domain under which the host names of this server\'s clients resolve locally.':
    '在本地可解析本服务器客户端主机名的域。',
  'LPR print server addresses handed to clients.':
    '交给客户端的 LPR 打印服务器地址。',
  'Longest lease time granted to clients, in seconds (time units allowed).':
    '授予客户端的最长租期，单位为秒（可用时间单位）。',
  'NTP server addresses handed to clients.':
    '交给客户端的 NTP 服务器地址。',
  'Keep the handed-out leases on disk across restarts of networkd: yes, no or runtime.':
    '在 networkd 重启之间将已分配的租约保存在磁盘上：yes、no 或 runtime。',
  'Where the pool of handed-out addresses starts, counted from the start of the server\'s subnet.':
    '地址池的起点，从服务器所在子网的起始处算起的偏移。',
  'How many addresses the pool hands out.':
    '地址池可分配的地址数量。',
  'POP3 mail server addresses handed to clients.':
    '交给客户端的 POP3 邮件服务器地址。',
  'Answer rapid-commit requests (RFC 4039) straight away with an acknowledgement.':
    '对快速提交请求（RFC 4039）直接以确认（ACK）应答。',
  'Agent circuit ID sub-option (of option 82) added when relaying, as string:VALUE.':
    '中继时添加的代理电路 ID 子选项（属于选项 82），格式为 string:VALUE。',
  'Agent remote ID sub-option (of option 82) added when relaying, as string:VALUE.':
    '中继时添加的代理远程 ID 子选项（属于选项 82），格式为 string:VALUE。',
  'Upstream DHCP server to relay requests to, which turns this server into a relay.':
    '将请求中继到的上游 DHCP 服务器，设置后本服务器变为中继。',
  'Gateway address handed to clients instead of this server\'s own.':
    '交给客户端的网关地址，代替本服务器自己的地址。',
  'Raw DHCP option to send to clients, as CODE:TYPE:VALUE; may repeat.':
    '要发送给客户端的原始 DHCP 选项，格式为 CODE:TYPE:VALUE；可重复。',
  'Vendor-specific sub-option (option 43) to send to clients, as CODE:TYPE:VALUE; may repeat.':
    '要发送给客户端的厂商专用子选项（选项 43），格式为 CODE:TYPE:VALUE；可重复。',
  'Address (ADDRESS/LENGTH) the server uses, instead of one picked from the link\'s static addresses.':
    '服务器使用的地址（ADDRESS/LENGTH），代替从链路静态地址中自动选取的地址。',
  'SIP server addresses handed to clients.':
    '交给客户端的 SIP 服务器地址。',
  'SMTP mail server addresses handed to clients.':
    '交给客户端的 SMTP 邮件服务器地址。',
  'Time zone (such as Europe/Berlin) handed to clients.':
    '交给客户端的时区（如 Europe/Berlin）。',
  'Link whose DNS, NTP and other servers are passed on to clients: a name, :auto or :none.':
    '将其 DNS、NTP 等服务器转交给客户端的链路：接口名、:auto 或 :none。',
  'IPv4 address always handed to the client with MACAddress=.':
    '总是分配给 MACAddress= 所指客户端的 IPv4 地址。',
  'Host name that goes with this fixed lease.':
    '与此固定租约对应的主机名。',
  'MAC address of the client this fixed lease is for.':
    '此固定租约所属客户端的 MAC 地址。',
  'Old name of DenyList=: prefixes to ignore in router advertisements.':
    'DenyList= 的旧名称：在路由器通告中忽略的前缀。',
  'Prefixes to ignore in router advertisements, separated by blanks.':
    '在路由器通告中忽略的前缀，以空白分隔。',
  'When router advertisements start the DHCPv6 client: yes (when they ask for it), always, or no.':
    '路由器通告何时启动 DHCPv6 客户端：yes（通告要求时）、always 或 no。',
  'NetLabel security label to attach to addresses made from router advertisements.':
    '附加到由路由器通告生成的地址上的 NetLabel 安全标签。',
  'nftables sets to add addresses made from router advertisements to, as address, prefix or ifindex then family:table:set.':
    '要加入由路由器通告生成的地址的 nftables 集合，格式为 address、prefix 或 ifindex 后接 family:table:set。',
  'Make addresses only from these advertised prefixes.':
    '只从这些通告的前缀生成地址。',
  'Make no addresses from these advertised prefixes.':
    '不从这些通告的前缀生成地址。',
  'Turn on TCP quick acknowledgements for the routes learned from router advertisements.':
    '为从路由器通告学到的路由开启 TCP 快速确认（quick ack）。',
  'Add routes only for these advertised route prefixes.':
    '只为这些通告的路由前缀添加路由。',
  'Add no routes for these advertised route prefixes.':
    '不为这些通告的路由前缀添加路由。',
  'Metric of the routes learned from router advertisements: one number, or (in newer releases) HIGH:MEDIUM:LOW by router preference.':
    '从路由器通告学到的路由的度量值：一个数字，或（较新版本中）按路由器优先级给出的 HIGH:MEDIUM:LOW。',
  'Accept router advertisements only from these router addresses or prefixes.':
    '只接受来自这些路由器地址或前缀的路由器通告。',
  'Ignore router advertisements from these router addresses or prefixes.':
    '忽略来自这些路由器地址或前缀的路由器通告。',
  'Routing table (number or name) for the routes learned from router advertisements.':
    '从路由器通告学到的路由所用的路由表（编号或名称）。',
  'How the interface identifier of autoconfigured addresses is made: eui64, static:ADDRESS or prefixstable[:ADDRESS][,UUID].':
    '自动配置地址的接口标识符如何生成：eui64、static:ADDRESS 或 prefixstable[:ADDRESS][,UUID]。',
  'Make addresses from the prefixes the router marks for autonomous configuration.':
    '从路由器标记为可自主配置的前缀生成地址。',
  'Pass the captive portal URL of router advertisements on to the rest of the system.':
    '将路由器通告中的强制门户（captive portal）URL 传给系统其余部分。',
  'Use the encrypted DNS resolvers (DNR) router advertisements announce.':
    '使用路由器通告中的加密 DNS 解析器（DNR）。',
  'Use the DNS servers router advertisements announce.':
    '使用路由器通告中的 DNS 服务器。',
  'Use the search domains router advertisements announce: yes, route (for routing queries only) or no.':
    '使用路由器通告中的搜索域：yes、route（仅用于路由查询）或 no。',
  'Add a default route through the advertising router.':
    '经发出通告的路由器添加默认路由。',
  'Put the hop limit from router advertisements on the routes made from them.':
    '将路由器通告中的跳数限制设置到据其生成的路由上。',
  'No longer used (networkd only warns); it once took the ICMPv6 rate limit from router advertisements.':
    '已不再使用（networkd 只给出警告）；它曾从路由器通告获取 ICMPv6 速率限制。',
  'Set the interface MTU from router advertisements.':
    '用路由器通告设置接口 MTU。',
  'Add routes for the prefixes the router marks as on-link.':
    '为路由器标记为在链路上（on-link）的前缀添加路由。',
  'Record the NAT64 prefixes (PREF64 option) router advertisements carry.':
    '记录路由器通告携带的 NAT64 前缀（PREF64 选项）。',
  'Set the neighbour reachable time from router advertisements.':
    '用路由器通告设置邻居可达时间。',
  'Accept ICMPv6 redirect messages from routers.':
    '接受路由器发来的 ICMPv6 重定向消息。',
  'Set the neighbour solicitation retransmission time from router advertisements.':
    '用路由器通告设置邻居请求的重传时间。',
  'Add the routes announced in route information options.':
    '添加路由信息选项中通告的路由。',
  'Announce the subnet this link gets from the delegated prefix in router advertisements (with IPv6SendRA=).':
    '在路由器通告中通告此链路从委派前缀分得的子网（需配合 IPv6SendRA=）。',
  'Put an address from the delegated subnet on this link.':
    '在此链路上配置一个来自委派子网的地址。',
  'Let the kernel make temporary (privacy) addresses from the delegated subnet.':
    '让内核从委派子网生成临时（隐私）地址。',
  'NetLabel security label to attach to the address in the delegated subnet.':
    '附加到委派子网中地址上的 NetLabel 安全标签。',
  'nftables sets to add the delegated subnet\'s address to, as address, prefix or ifindex then family:table:set.':
    '要加入委派子网地址的 nftables 集合，格式为 address、prefix 或 ifindex 后接 family:table:set。',
  'Metric of the route to the subnet delegated to this link.':
    '通往委派给此链路的子网的路由的度量值。',
  'Which subnet of the delegated prefix this link gets: auto or a hexadecimal number.':
    '此链路分得委派前缀中的哪个子网：auto 或一个十六进制数。',
  'How the interface identifier of the address in the delegated subnet is made: eui64, static:ADDRESS or prefixstable.':
    '委派子网中地址的接口标识符如何生成：eui64、static:ADDRESS 或 prefixstable。',
  'Link whose DHCP client obtained the delegated prefix: a name, :self or :auto.':
    '其 DHCP 客户端获得委派前缀的链路：接口名、:self 或 :auto。',
  'DNS server addresses to announce; _link_local stands for this link\'s own address.':
    '要通告的 DNS 服务器地址；_link_local 表示此链路自己的地址。',
  'How long the announced DNS servers and domains stay valid, in seconds (time units allowed).':
    '通告的 DNS 服务器和域的有效时长，单位为秒（可用时间单位）。',
  'Search domains to announce.':
    '要通告的搜索域。',
  'Announce DNS servers: those in DNS=, else those of [Network], else the uplink\'s.':
    '通告 DNS 服务器：DNS= 中的，否则为 [Network] 中的，再否则为上行链路的。',
  'Announce search domains: those in Domains=, else those of [Network], else the uplink\'s.':
    '通告搜索域：Domains= 中的，否则为 [Network] 中的，再否则为上行链路的。',
  'Announce this router as a Mobile IPv6 home agent.':
    '将此路由器通告为移动 IPv6 家乡代理（home agent）。',
  'How long this router serves as home agent, in seconds (time units allowed).':
    '此路由器充当家乡代理的时长，单位为秒（可用时间单位）。',
  'Preference of this home agent over others, 0 to 65535.':
    '此家乡代理相对其他代理的优先级，0 到 65535。',
  'Hop limit that hosts are told to put on their outgoing packets.':
    '告知主机在发出的数据包上使用的跳数限制。',
  'Set the managed flag, telling hosts to get their addresses over DHCPv6.':
    '设置 managed 标志，让主机通过 DHCPv6 获取地址。',
  'Set the other-configuration flag, telling hosts to get DNS and similar details over DHCPv6.':
    '设置 other-configuration 标志，让主机通过 DHCPv6 获取 DNS 等信息。',
  'Reachable time announced to hosts for neighbour detection (time units allowed, millisecond precision).':
    '通告给主机用于邻居检测的可达时间（可用时间单位，精度为毫秒）。',
  'Interval announced to hosts between neighbour solicitations (time units allowed, millisecond precision).':
    '通告给主机的邻居请求重传间隔（可用时间单位，精度为毫秒）。',
  'How long hosts may use this router as their default gateway; 0 means it is not one.':
    '主机可将此路由器用作默认网关的时长；0 表示它不是默认网关。',
  'Preference of this router as default gateway: high, medium or low.':
    '此路由器作为默认网关的优先级：high、medium 或 low。',
  'Link whose DNS servers and domains are announced when none are set here: a name, :auto or :none.':
    '未在此设置时，通告其 DNS 服务器和域的链路：接口名、:auto 或 :none。',
  'Tell hosts they may make their own addresses from this prefix.':
    '告知主机可从此前缀自行生成地址。',
  'Also put an address from this prefix on the announcing link.':
    '同时在发出通告的链路上配置一个来自此前缀的地址。',
  'Tell hosts the prefix is on this link, so they reach its addresses directly.':
    '告知主机此前缀在本链路上，可直接访问其中的地址。',
  'How long addresses from the prefix stay preferred, in seconds (time units allowed).':
    '此前缀中的地址保持首选状态的时长，单位为秒（可用时间单位）。',
  'IPv6 prefix (ADDRESS/LENGTH) to announce in router advertisements.':
    '在路由器通告中通告的 IPv6 前缀（ADDRESS/LENGTH）。',
  'Metric of the route this host adds for the announced prefix.':
    '本机为所通告前缀添加的路由的度量值。',
  'How the interface identifier is made when Assign= puts an address from the prefix on the link.':
    '当 Assign= 在链路上配置此前缀中的地址时，接口标识符如何生成。',
  'How long the prefix stays valid for hosts, in seconds (time units allowed).':
    '此前缀对主机保持有效的时长，单位为秒（可用时间单位）。',
  'How long the announced route stays valid, in seconds (time units allowed).':
    '所通告路由保持有效的时长，单位为秒（可用时间单位）。',
  'Preference of the announced route: high, medium or low.':
    '所通告路由的优先级：high、medium 或 low。',
  'Route prefix (ADDRESS/LENGTH) to announce to hosts in router advertisements.':
    '在路由器通告中向主机通告的路由前缀（ADDRESS/LENGTH）。',
  'How long the announced NAT64 prefix stays valid (time units allowed).':
    '所通告的 NAT64 前缀保持有效的时长（可用时间单位）。',
  'NAT64 prefix to announce (length 32, 40, 48, 56, 64 or 96).':
    '要通告的 NAT64 前缀（长度为 32、40、48、56、64 或 96）。',
  'IPv4 address the relay agent sends the messages it forwards upstream from.':
    '中继代理向上游转发消息时使用的源 IPv4 地址。',
  'Circuit ID sub-option (of option 82) the relay adds for this downstream link, as TYPE:VALUE.':
    '中继为此下游链路添加的电路 ID 子选项（属于选项 82），格式为 TYPE:VALUE。',
  'Further relay agent sub-option added to messages forwarded from this downstream link, as CODE:TYPE:VALUE; may repeat.':
    '在从此下游链路转发的消息中添加的其他中继代理子选项，格式为 CODE:TYPE:VALUE；可重复。',
  'Address the relay puts in the giaddr field of messages forwarded from this downstream link.':
    '中继在转发来自此下游链路的消息时填入 giaddr 字段的地址。',
  'Priority (an integer) of this upstream link; the relay forwards through the upstream link with the highest.':
    '此上游链路的优先级（整数）；中继经优先级最高的上游链路转发。',
  'Virtual subnet selection sub-option the relay adds for this downstream link, as TYPE:VALUE, so the server can pick the subnet.':
    '中继为此下游链路添加的虚拟子网选择子选项，格式为 TYPE:VALUE，供服务器据此选择子网。',
  'Manufacturer Usage Description URL (RFC 8520) to put in the LLDP packets sent on this link.':
    '在此链路发出的 LLDP 数据包中携带的制造商使用描述（MUD）URL（RFC 8520）。',
  'Label number (0 to 4294967294) given to addresses in Prefix=, used when choosing source addresses.':
    '赋予 Prefix= 中地址的标签编号（0 到 4294967294），用于选择源地址。',
  'IPv6 prefix (ADDRESS/LENGTH) whose addresses get Label=.':
    '其地址获得 Label= 的 IPv6 前缀（ADDRESS/LENGTH）。',
  'IP address of the static neighbour entry.':
    '静态邻居条目的 IP 地址。',
  'Link-layer address (a MAC, or an IP address for tunnels) the neighbour entry maps Address= to.':
    '邻居条目将 Address= 映射到的链路层地址（MAC 地址，隧道则为 IP 地址）。',
  'Old name of LinkLayerAddress=: MAC address the neighbour entry maps Address= to.':
    'LinkLayerAddress= 的旧名称：邻居条目将 Address= 映射到的 MAC 地址。',
  'Make the next hop silently drop packets instead of forwarding them.':
    '让此下一跳静默丢弃数据包而不转发。',
  'Address family of a next hop without a gateway: ipv4 or ipv6.':
    '无网关的下一跳的地址族：ipv4 或 ipv6。',
  'Gateway address the next hop forwards packets to.':
    '此下一跳将数据包转发到的网关地址。',
  'Make this a group of next hops, as ID[:WEIGHT] entries separated by blanks.':
    '将其设为下一跳组，由以空白分隔的 ID[:WEIGHT] 条目组成。',
  'Number that identifies the next hop, for routes\' NextHop= to refer to.':
    '标识此下一跳的编号，供路由的 NextHop= 引用。',
  'Treat the gateway as directly reachable on the link even outside its subnets.':
    '即使网关不在接口的子网内，也视其为在链路上可直达。',
  'Destination port or port range (FROM-TO) the rule matches.':
    '规则匹配的目标端口或端口范围（FROM-TO）。',
  'Address family the rule applies to: ipv4, ipv6 or both.':
    '规则适用的地址族：ipv4、ipv6 或 both。',
  'Firewall mark (MARK[/MASK]) of the packets the rule matches.':
    '规则匹配的数据包的防火墙标记（MARK[/MASK]）。',
  'Source prefix (ADDRESS/LENGTH) of the packets the rule matches.':
    '规则匹配的数据包的源前缀（ADDRESS/LENGTH）。',
  'Priority of the rule a goto rule jumps to; larger than this rule\'s Priority=.':
    'goto 规则要跳转到的规则的优先级；须大于本规则的 Priority=。',
  'Interface the matched packets must arrive on.':
    '匹配的数据包必须从中进入的接口。',
  'Apply the rule to the packets that do not match it.':
    '将规则应用于不匹配它的数据包。',
  'IP protocol (name such as tcp, or number) the rule matches.':
    '规则匹配的 IP 协议（名称如 tcp，或编号）。',
  'Look up the table of the VRF (layer-3 master device) the packet belongs to.':
    '查找数据包所属 VRF（三层主设备）的路由表。',
  'Interface the matched packets must leave through.':
    '匹配的数据包必须从中离开的接口。',
  'Priority of the rule; rules are tried from the lowest number up.':
    '规则的优先级；规则按编号从小到大依次尝试。',
  'Source port or port range (FROM-TO) the rule matches.':
    '规则匹配的源端口或端口范围（FROM-TO）。',
  'Ignore a routing decision whose route goes out through an interface of this group.':
    '若路由决策的路由经由此组中的接口发出，则忽略该决策。',
  'Ignore a routing decision whose route prefix is this long or shorter.':
    '若路由决策的路由前缀长度不超过此值，则忽略该决策。',
  'Routing table (number or name) to look up for matching packets.':
    '匹配的数据包要查找的路由表（编号或名称）。',
  'Destination prefix (ADDRESS/LENGTH) of the packets the rule matches.':
    '规则匹配的数据包的目标前缀（ADDRESS/LENGTH）。',
  'Kind of rule: blackhole, unreachable or prohibit, and in newer releases also table, goto or nop.':
    '规则的种类：blackhole、unreachable 或 prohibit，较新版本中还有 table、goto 或 nop。',
  'Type-of-service byte (0-255) of the packets the rule matches.':
    '规则匹配的数据包的服务类型字节（0-255）。',
  'User (name or ID) or user ID range (FROM-TO) owning the sockets whose packets the rule matches.':
    '规则所匹配数据包的套接字所属的用户（名称或 ID）或用户 ID 范围（FROM-TO）。',
  'Authentication methods the modem may use with the carrier (none, pap, chap, mschap, mschapv2, eap), separated by blanks.':
    '调制解调器与运营商可用的认证方式（none、pap、chap、mschap、mschapv2、eap），以空白分隔。',
  'Allow the mobile connection while roaming on another carrier\'s network.':
    '在其他运营商网络上漫游时也允许移动连接。',
  'Access point name of the mobile data connection.':
    '移动数据连接的接入点名称（APN）。',
  'IP families to ask the carrier for on the mobile connection: ipv4, ipv6, both or any.':
    '在移动连接上向运营商请求的 IP 地址族：ipv4、ipv6、both 或 any。',
  'Carrier the modem must register with, as its MCC-MNC code.':
    '调制解调器必须注册的运营商，以 MCC-MNC 代码表示。',
  'Password for authenticating the mobile connection to the carrier.':
    '移动连接向运营商认证时使用的密码。',
  'PIN to unlock the SIM card with.':
    '解锁 SIM 卡的 PIN 码。',
  'Metric of the routes added for the mobile connection.':
    '为移动连接添加的路由的度量值。',
  'Add a default route through the gateway the carrier gives.':
    '经运营商给出的网关添加默认路由。',
  'User name for authenticating the mobile connection to the carrier.':
    '移动连接向运营商认证时使用的用户名。',
  'Have the IP-over-InfiniBand interface ignore multicast groups that user space joined.':
    '让 IP-over-InfiniBand 接口忽略用户空间加入的组播组。',
  'IP-over-InfiniBand transport mode: datagram or connected.':
    'IP-over-InfiniBand 的传输模式：datagram 或 connected。',
});
