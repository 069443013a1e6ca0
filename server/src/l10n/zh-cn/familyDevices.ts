// Simplified Chinese for the key summaries of schema/families/summaries/devices.ts, keyed by their English.
/* eslint max-lines: "off" -- one line per summary */
export const deviceSummariesZh = (): Readonly<Record<string, string>> => ({
  'UDP port the bare UDP tunnel receives on and sends to (1-65535); required.':
    '裸 UDP 隧道接收与发送所用的 UDP 端口（1-65535）；必填。',
  'Layer 3 protocol carried in the tunnel: ipv4, ipv6, mpls-uc or mpls-mc; required.':
    '隧道中承载的三层协议：ipv4、ipv6、mpls-uc 或 mpls-mc；必填。',
  'Lowest UDP source port the bare UDP tunnel picks for outgoing packets.':
    '裸 UDP 隧道为发出的数据包选用的最小 UDP 源端口。',
  'Bundle several originator messages into one packet to save airtime.':
    '将多条发起者消息（OGM）合并到一个数据包中发送，以节省空口时间。',
  'Detect and avoid loops when the mesh is bridged to other networks.':
    '在网状网络与其他网络桥接时检测并避免环路。',
  'Keep a distributed ARP cache across the mesh to cut down ARP broadcasts.':
    '在整个网状网络中维护分布式 ARP 缓存，以减少 ARP 广播。',
  'Split packets too large for a hop into fragments instead of dropping them.':
    '将超出某一跳容量的数据包分片发送，而不是丢弃。',
  'Download bandwidth this gateway announces to the mesh, in bits per second (K, M, G, T suffixes, base 1000).':
    '此网关向网状网络通告的下行带宽，单位为比特每秒（可用 K、M、G、T 后缀，以 1000 为基数）。',
  'Upload bandwidth this gateway announces to the mesh, in bits per second (K, M, G, T suffixes, base 1000).':
    '此网关向网状网络通告的上行带宽，单位为比特每秒（可用 K、M、G、T 后缀，以 1000 为基数）。',
  'Misspelt first name of GatewayBandwidthDown=, still accepted: the download bandwidth announced by a gateway.':
    'GatewayBandwidthDown= 最初的错误拼写，仍被接受：网关通告的下行带宽。',
  'Misspelt first name of GatewayBandwidthUp=, still accepted: the upload bandwidth announced by a gateway.':
    'GatewayBandwidthUp= 最初的错误拼写，仍被接受：网关通告的上行带宽。',
  'Gateway role of this node in the mesh: off, server (shares its uplink) or client (looks for one).':
    '此节点在网状网络中的网关角色：off、server（共享自己的上行链路）或 client（寻找上行链路）。',
  'Cost (0-255) added to routes through this node; higher makes other nodes avoid it as a relay.':
    '经过此节点的路由所附加的代价（0-255）；值越大，其他节点越少选它作中继。',
  'Interval between the node\'s originator messages flooded through the mesh (a time span, seconds by default).':
    '节点向网状网络泛洪发起者消息的间隔（时间跨度，默认单位为秒）。',
  'Routing algorithm of the mesh: batman-v or batman-iv; fixed once the interface exists.':
    '网状网络的路由算法：batman-v 或 batman-iv；接口创建后不可更改。',
  'How packets are wrapped in UDP: FooOverUDP (bare payload) or GenericUDPEncapsulation (GUE header).':
    '数据包封装进 UDP 的方式：FooOverUDP（直接作为负载）或 GenericUDPEncapsulation（带 GUE 头）。',
  'Local IP address of the FOU endpoint.':
    'FOU 端点的本地 IP 地址。',
  'IP address of the remote FOU endpoint; needs PeerPort= too.':
    '远端 FOU 端点的 IP 地址；同时需要设置 PeerPort=。',
  'UDP port of the remote FOU endpoint; needs Peer= too.':
    '远端 FOU 端点的 UDP 端口；同时需要设置 Peer=。',
  'UDP port on which encapsulated packets arrive to be unwrapped; required.':
    '接收待解封装数据包的 UDP 端口；必填。',
  'IP protocol (name such as gre or ipip, or number 1-255) inside the UDP packets; only with Encapsulation=FooOverUDP.':
    'UDP 数据包内承载的 IP 协议（名称如 gre、ipip，或 1-255 的编号）；仅用于 Encapsulation=FooOverUDP。',
  'UDP port GENEVE packets are sent to and received on.':
    'GENEVE 数据包发送与接收所用的 UDP 端口。',
  'IPv6 flow label written into outgoing GENEVE packets.':
    '写入发出的 GENEVE 数据包的 IPv6 流标签。',
  'Virtual network identifier (VNI) of the GENEVE device, 0-16777215; required.':
    'GENEVE 设备的虚拟网络标识（VNI），0-16777215；必填。',
  'Carry the inner packet\'s own protocol instead of Ethernet frames (layer 3 GENEVE).':
    '承载内层数据包自身的协议，而不是以太网帧（三层 GENEVE）。',
  'Don\'t Fragment bit of outgoing packets: yes, no or inherit (from the inner IPv4 header).':
    '发出数据包的 Don\'t Fragment 位：yes、no 或 inherit（取自内层 IPv4 头）。',
  'Unicast IP address of the remote GENEVE endpoint.':
    '远端 GENEVE 端点的单播 IP 地址。',
  'TOS byte written into outgoing GENEVE packets.':
    '写入发出的 GENEVE 数据包的 TOS 字节。',
  'TTL of outgoing GENEVE packets: a number 0-255 or inherit.':
    '发出的 GENEVE 数据包的 TTL：0-255 的数字或 inherit。',
  'Accept GENEVE packets over IPv6 whose UDP checksum is zero.':
    '接受经 IPv6 传输、UDP 校验和为零的 GENEVE 数据包。',
  'Older spelling of UDP6ZeroChecksumRx=: accept GENEVE over IPv6 with a zero UDP checksum.':
    'UDP6ZeroChecksumRx= 的旧拼写：接受经 IPv6 传输、UDP 校验和为零的 GENEVE 数据包。',
  'Send GENEVE packets over IPv6 without computing the UDP checksum.':
    '经 IPv6 发送 GENEVE 数据包时不计算 UDP 校验和。',
  'Older spelling of UDP6ZeroChecksumTx=: send GENEVE over IPv6 without a UDP checksum.':
    'UDP6ZeroChecksumTx= 的旧拼写：经 IPv6 发送 GENEVE 数据包时不带 UDP 校验和。',
  'Compute UDP checksums for GENEVE packets sent over IPv4.':
    '为经 IPv4 发送的 GENEVE 数据包计算 UDP 校验和。',
  'The two interfaces that form the HSR or PRP ring, separated by blanks.':
    '组成 HSR 或 PRP 环的两个接口，以空白分隔。',
  'Redundancy protocol of the device: hsr or prp.':
    '设备使用的冗余协议：hsr 或 prp。',
  'Last byte of the multicast address used for supervision frames.':
    '监督帧所用组播地址的最后一个字节。',
  'Have the kernel ignore multicast groups that user space handles.':
    '让内核忽略由用户空间处理的组播组。',
  'IPoIB transport: datagram (unreliable datagrams, small MTU) or connected (reliable connections, MTU up to 64K).':
    'IPoIB 传输方式：datagram（不可靠数据报，MTU 较小）或 connected（可靠连接，MTU 最大 64K）。',
  'InfiniBand partition key, 1-0xffff except 0x8000.':
    'InfiniBand 分区键，1-0xffff，0x8000 除外。',
  'IPVLAN flag: bridge, private or vepa.':
    'IPVLAN 标志：bridge、private 或 vepa。',
  'IPVLAN mode: L2, L3 or L3S.':
    'IPVLAN 模式：L2、L3 或 L3S。',
  'IPVTAP flag: bridge, private or vepa.':
    'IPVTAP 标志：bridge、private 或 vepa。',
  'IPVTAP mode: L2, L3 or L3S.':
    'IPVTAP 模式：L2、L3 或 L3S。',
  'How the L2TP tunnel is carried: udp or ip.':
    'L2TP 隧道的承载方式：udp 或 ip。',
  'Local address of the tunnel: an IP address, auto, static or dynamic, optionally @ an interface name.':
    '隧道的本地地址：IP 地址、auto、static 或 dynamic，可选 @ 接口名。',
  'Tunnel ID used by the peer (1-4294967295); must equal the peer\'s TunnelId=.':
    '对端使用的隧道 ID（1-4294967295）；须与对端的 TunnelId= 相同。',
  'IP address of the remote L2TP peer; required.':
    '远端 L2TP 对端的 IP 地址；必填。',
  'Tunnel ID of this end (1-4294967295); must equal the peer\'s PeerTunnelId=.':
    '本端的隧道 ID（1-4294967295）；须与对端的 PeerTunnelId= 相同。',
  'Accept L2TP packets over IPv6 whose UDP checksum is zero.':
    '接受经 IPv6 传输、UDP 校验和为零的 L2TP 数据包。',
  'Older spelling of UDP6ChecksumRx=: accept L2TP over IPv6 with a zero UDP checksum.':
    'UDP6ChecksumRx= 的旧拼写：接受经 IPv6 传输、UDP 校验和为零的 L2TP 数据包。',
  'Send L2TP packets over IPv6 without computing the UDP checksum.':
    '经 IPv6 发送 L2TP 数据包时不计算 UDP 校验和。',
  'Older spelling of UDP6ChecksumTx=: send L2TP over IPv6 without a UDP checksum.':
    'UDP6ChecksumTx= 的旧拼写：经 IPv6 发送 L2TP 数据包时不带 UDP 校验和。',
  'Compute UDP checksums for L2TP packets sent over IPv4.':
    '为经 IPv4 发送的 L2TP 数据包计算 UDP 校验和。',
  'Older spelling of UDPChecksum=: compute UDP checksums for L2TP over IPv4.':
    'UDPChecksum= 的旧拼写：为经 IPv4 发送的 L2TP 数据包计算 UDP 校验和。',
  'UDP port of the peer; required with UDP encapsulation, ignored with IP.':
    '对端的 UDP 端口；UDP 封装时必填，IP 封装时忽略。',
  'Local UDP port of the tunnel; required with UDP encapsulation, ignored with IP.':
    '隧道的本地 UDP 端口；UDP 封装时必填，IP 封装时忽略。',
  'Layer 2 specific header of the session: none or default.':
    '会话的二层专用头：none 或 default。',
  'Interface name of the L2TP session; required.':
    'L2TP 会话的接口名；必填。',
  'Session ID used by the peer (1-4294967295); required.':
    '对端使用的会话 ID（1-4294967295）；必填。',
  'Session ID of this end (1-4294967295); required.':
    '本端的会话 ID（1-4294967295）；必填。',
  'Encrypt the traffic, not only authenticate it.':
    '对流量加密，而不仅是认证。',
  'Port number (1-65535) that forms the secure channel identifier (SCI) of the transmit channel.':
    '用于组成发送通道安全通道标识（SCI）的端口号（1-65535）。',
  'Activate this receive security association.':
    '激活此接收安全关联。',
  '128-bit key of this receive association, as 32 hex digits; must match the sender\'s.':
    '此接收关联的 128 位密钥，以 32 位十六进制数表示；须与发送方一致。',
  'Absolute path of a file (or AF_UNIX socket) holding the hex key; overrides Key=.':
    '存放十六进制密钥的文件（或 AF_UNIX 套接字）的绝对路径；优先于 Key=。',
  'Identifier (0-255) of this receive association\'s key; required.':
    '此接收关联密钥的标识（0-255）；必填。',
  'MAC address of the receive channel this association belongs to (part of its SCI).':
    '此关联所属接收通道的 MAC 地址（SCI 的一部分）。',
  'Starting packet number for replay protection, 1-4294967295.':
    '用于重放保护的起始包序号，1-4294967295。',
  'Port of the receive channel this association belongs to (part of its SCI).':
    '此关联所属接收通道的端口（SCI 的一部分）。',
  'MAC address of the sender, part of the receive channel\'s SCI; required.':
    '发送方的 MAC 地址，组成接收通道 SCI 的一部分；必填。',
  'Port number (1-65535) of the sender, part of the receive channel\'s SCI; required.':
    '发送方的端口号（1-65535），组成接收通道 SCI 的一部分；必填。',
  'Activate this transmit security association.':
    '激活此发送安全关联。',
  '128-bit key of this transmit association, as 32 hex digits; the peer\'s receive side needs the same.':
    '此发送关联的 128 位密钥，以 32 位十六进制数表示；对端接收侧须使用相同密钥。',
  'Absolute path of a file (or AF_UNIX socket) holding the transmit key in hex; overrides Key=.':
    '存放十六进制发送密钥的文件（或 AF_UNIX 套接字）的绝对路径；优先于 Key=。',
  'Identifier (0-255) of this transmit association\'s key; required.':
    '此发送关联密钥的标识（0-255）；必填。',
  'Starting packet number for replay protection and the IV, 1-4294967295.':
    '用于重放保护和初始化向量的起始包序号，1-4294967295。',
  'Encode outgoing traffic with this association (implies Activate=); only one may say yes.':
    '用此关联对发出的流量编码（隐含 Activate=）；只能有一个关联设为 yes。',
  'Length of the receive queue for broadcast and multicast packets.':
    '广播与组播数据包接收队列的长度。',
  'Threshold for queueing broadcasts on the lower device (a number, or no to never queue them).':
    '在下层设备上排队处理广播的阈值（数字，或 no 表示从不排队）。',
  'MACVLAN mode: private, vepa, bridge, passthru or source.':
    'MACVLAN 模式：private、vepa、bridge、passthru 或 source。',
  'MAC addresses of senders allowed on the device in source mode; an empty value clears the list.':
    'source 模式下允许的发送方 MAC 地址；赋空值清空列表。',
  'MACVTAP mode: private, vepa, bridge, passthru or source.':
    'MACVTAP 模式：private、vepa、bridge、passthru 或 source。',
  'MAC addresses of senders allowed on the MACVTAP in source mode; an empty value clears the list.':
    'source 模式下 MACVTAP 允许的发送方 MAC 地址；赋空值清空列表。',
  'MAC address of the veth peer; generated like the main side\'s when unset.':
    'veth 对端的 MAC 地址；未设置时按主端的方式生成。',
  'Interface name of the other end of the veth pair; required.':
    'veth 对另一端的接口名；必填。',
  'Group allowed to open the tap device through /dev/net/tun.':
    '允许经 /dev/net/tun 打开此 tap 设备的用户组。',
  'Keep the tap device\'s file descriptor open so it keeps its carrier while no program uses it.':
    '保持 tap 设备的文件描述符打开，使其在无程序使用时仍保有载波。',
  'Let the tap device use several queues (file descriptors) in parallel.':
    '让 tap 设备并行使用多个队列（文件描述符）。',
  'Obsolete tap option, ignored with a warning.':
    '已废弃的 tap 选项，会被忽略并给出警告。',
  'Prefix each packet with 4 bytes of flags and protocol instead of passing raw frames.':
    '在每个数据包前加上 4 字节的标志与协议信息，而不是直接传递原始帧。',
  'User allowed to open the tap device through /dev/net/tun.':
    '允许经 /dev/net/tun 打开此 tap 设备的用户。',
  'Set IFF_VNET_HDR so the tap device can pass large GSO packets.':
    '设置 IFF_VNET_HDR，使 tap 设备能传递大的 GSO 数据包。',
  'Group allowed to open the tun device through /dev/net/tun.':
    '允许经 /dev/net/tun 打开此 tun 设备的用户组。',
  'Keep the tun device\'s file descriptor open so it keeps its carrier while no program uses it.':
    '保持 tun 设备的文件描述符打开，使其在无程序使用时仍保有载波。',
  'Let the tun device use several queues (file descriptors) in parallel.':
    '让 tun 设备并行使用多个队列（文件描述符）。',
  'Obsolete tun option, ignored with a warning.':
    '已废弃的 tun 选项，会被忽略并给出警告。',
  'Prefix each packet with 4 bytes of flags and protocol instead of passing pure IP packets.':
    '在每个数据包前加上 4 字节的标志与协议信息，而不是只传递纯 IP 数据包。',
  'User allowed to open the tun device through /dev/net/tun.':
    '允许经 /dev/net/tun 打开此 tun 设备的用户。',
  'Set IFF_VNET_HDR so the tun device can pass large GSO packets.':
    '设置 IFF_VNET_HDR，使 tun 设备能传递大的 GSO 数据包。',
  'Allow an ip6tnl tunnel whose remote end is an address of this host.':
    '允许 ip6tnl 隧道的远端为本机地址。',
  'Create the tunnel on top of the loopback interface lo.':
    '以回环接口 lo 作为隧道的下层设备。',
  'Copy the DSCP field from the outer to the inner header when an IPv6 tunnel decapsulates.':
    'IPv6 隧道解封装时将 DSCP 字段从外层头复制到内层头。',
  'Run path MTU discovery on the tunnel.':
    '在隧道上进行路径 MTU 发现。',
  'UDP encapsulation used with FooOverUDP=yes: FooOverUDP or GenericUDPEncapsulation.':
    'FooOverUDP=yes 时使用的 UDP 封装：FooOverUDP 或 GenericUDPEncapsulation。',
  'How many further levels of encapsulation an IPv6 tunnel packet may get: 0-255 or none.':
    'IPv6 隧道数据包还可再被封装的层数：0-255 或 none。',
  'Direction of the mirrored traffic for ERSPAN version 2: ingress or egress.':
    'ERSPAN 第 2 版所镜像流量的方向：ingress 或 egress。',
  'Identifier (0-63) of the ERSPAN version 2 engine.':
    'ERSPAN 第 2 版引擎的标识（0-63）。',
  'ERSPAN version 1 index (0-1048575) tied to the mirrored port and direction.':
    'ERSPAN 第 1 版的索引（0-1048575），对应被镜像的端口和方向。',
  'ERSPAN version: 0 (type I), 1 (type II) or 2 (type III).':
    'ERSPAN 版本：0（类型 I）、1（类型 II）或 2（类型 III）。',
  'Let the tunnel be controlled externally (collect metadata mode); most other keys are then ignored.':
    '由外部控制隧道（collect metadata 模式）；此时大多数其他键被忽略。',
  'Wrap the tunnel\'s packets in UDP (FOU); for ipip, sit, gre and gretap.':
    '将隧道的数据包封装进 UDP（FOU）；适用于 ipip、sit、gre 和 gretap。',
  'UDP destination port of FOU-encapsulated packets; required with FooOverUDP=yes.':
    'FOU 封装数据包的 UDP 目的端口；FooOverUDP=yes 时必填。',
  'UDP source port of FOU-encapsulated packets; 0 lets the kernel choose.':
    'FOU 封装数据包的 UDP 源端口；0 表示由内核选择。',
  'Ignore the Don\'t Fragment bit of inner IPv4 packets and fragment them when needed.':
    '忽略内层 IPv4 数据包的 Don\'t Fragment 位，需要时对其分片。',
  'Create the tunnel without an underlying interface, not waiting for a .network file\'s Tunnel=.':
    '不依附下层接口创建隧道，无需 .network 文件中的 Tunnel=。',
  'Key expected on incoming packets (number or dotted quad); for vti, gre, gretap and erspan.':
    '接收数据包所需的密钥（数字或点分四段形式）；用于 vti、gre、gretap 和 erspan。',
  '20-bit flow label of IPv6 tunnel packets (0-0xFFFFF), or inherit to copy the inner one.':
    'IPv6 隧道数据包的 20 位流标签（0-0xFFFFF），或 inherit 表示沿用内层的值。',
  'ISP\'s IPv6 prefix for a 6rd (IPv6 rapid deployment) sit tunnel.':
    '6rd（IPv6 快速部署）sit 隧道所用的运营商 IPv6 前缀。',
  'Make a sit tunnel an ISATAP tunnel.':
    '将 sit 隧道设为 ISATAP 隧道。',
  'Key used in both directions (number or dotted quad); sets InputKey= and OutputKey= together.':
    '双向共用的密钥（数字或点分四段形式）；同时设置 InputKey= 和 OutputKey=。',
  'Local address of the tunnel: an IP address, any, or an address type such as dhcp4 or slaac.':
    '隧道的本地地址：IP 地址、any，或地址类型如 dhcp4、slaac。',
  'ip6tnl mode: ip6ip6 (IPv6 in IPv6), ipip6 (IPv4 in IPv6) or any.':
    'ip6tnl 模式：ip6ip6（IPv6 承载 IPv6）、ipip6（IPv6 承载 IPv4）或 any。',
  'Key put on outgoing packets (number or dotted quad); for vti, gre, gretap and erspan.':
    '发出数据包所带的密钥（数字或点分四段形式）；用于 vti、gre、gretap 和 erspan。',
  'Remote end of the tunnel: an IP address or any.':
    '隧道的远端：IP 地址或 any。',
  'Serialize packets (GRE sequence numbers) on gre, gretap and erspan tunnels.':
    '在 gre、gretap 和 erspan 隧道上对数据包进行序列化（GRE 序号）。',
  'TOS byte of the tunnel\'s outer packets.':
    '隧道外层数据包的 TOS 字节。',
  'TTL of the tunnel\'s outer packets, 1-255; 0 inherits the inner packet\'s.':
    '隧道外层数据包的 TTL，1-255；0 表示沿用内层数据包的值。',
  'Routing table ID the VRF device uses; required.':
    'VRF 设备使用的路由表 ID；必填。',
  'Older name of Table=: the routing table ID of the VRF.':
    'Table= 的旧名称：VRF 使用的路由表 ID。',
  'Interface name of the other end of the vxcan pair; required.':
    'vxcan 对另一端的接口名；必填。',
  'Older name of ReduceARPProxy=: answer ARP requests for remote endpoints locally.':
    'ReduceARPProxy= 的旧名称：在本地代为应答针对远端的 ARP 请求。',
  'UDP destination port of VXLAN packets; 4789 is the IANA port.':
    'VXLAN 数据包的 UDP 目的端口；4789 为 IANA 分配的端口。',
  'Let the VXLAN be controlled externally (collect metadata mode), e.g. by eBPF or Open vSwitch.':
    '由外部控制 VXLAN（collect metadata 模式），例如由 eBPF 或 Open vSwitch 控制。',
  'How long a learnt forwarding database entry lives (a time span, seconds by default).':
    '学习到的转发表条目的存活时间（时间跨度，默认单位为秒）。',
  'IPv6 flow label of outgoing VXLAN packets, 0-1048575.':
    '发出的 VXLAN 数据包的 IPv6 流标签，0-1048575。',
  'Use the VXLAN Generic Protocol Extension (VXLAN-GPE).':
    '使用 VXLAN 通用协议扩展（VXLAN-GPE）。',
  'Multicast group address shared by all members of the VXLAN.':
    'VXLAN 所有成员共用的组播组地址。',
  'Use the VXLAN Group Policy extension to carry security labels.':
    '使用 VXLAN 组策略扩展来携带安全标签。',
  'Older name of VNI=: the VXLAN network identifier.':
    'VNI= 的旧名称：VXLAN 网络标识。',
  'Create the VXLAN without an underlying interface, not waiting for a .network file\'s VXLAN=.':
    '不依附下层接口创建 VXLAN，无需 .network 文件中的 VXLAN=。',
  'Send netlink notifications when a link-layer address is missing from the forwarding table.':
    '转发表中缺少链路层地址时发送 netlink 通知。',
  'Send netlink notifications when an IP address is missing from the neighbour table.':
    '邻居表中缺少 IP 地址时发送 netlink 通知。',
  'Local IP address of the VXLAN, or an address type such as dhcp4, slaac or ipv6_link_local.':
    'VXLAN 的本地 IP 地址，或地址类型如 dhcp4、slaac、ipv6_link_local。',
  'Learn remote MAC addresses from received packets.':
    '从收到的数据包中学习远端 MAC 地址。',
  'Most entries the VXLAN forwarding database may hold.':
    'VXLAN 转发表最多可容纳的条目数。',
  'Range of UDP source ports (LOW-HIGH) the kernel picks from per flow.':
    '内核按流从中选取 UDP 源端口的范围（LOW-HIGH）。',
  'Answer ARP requests from the local bridge for remote endpoints, reducing flooding.':
    '代远端应答来自本地网桥的 ARP 请求，以减少泛洪。',
  'Unicast IP address of the remote VXLAN endpoint.':
    '远端 VXLAN 端点的单播 IP 地址。',
  'Accept remote checksum offload on received VXLAN packets.':
    '对接收的 VXLAN 数据包启用远程校验和卸载。',
  'Use remote checksum offload on sent VXLAN packets.':
    '对发送的 VXLAN 数据包启用远程校验和卸载。',
  'Send packets meant for a router straight to the final host when its address is already known (route short-circuit).':
    '若最终主机的地址已知，则将发往路由器的数据包直接发给该主机（路由短路）。',
  'TOS byte of outgoing VXLAN packets.':
    '发出的 VXLAN 数据包的 TOS 字节。',
  'TTL of outgoing VXLAN packets: 0-255 or inherit; 0 takes the inner packet\'s.':
    '发出的 VXLAN 数据包的 TTL：0-255 或 inherit；0 表示取内层数据包的值。',
  'Accept VXLAN packets over IPv6 whose UDP checksum is zero.':
    '接受经 IPv6 传输、UDP 校验和为零的 VXLAN 数据包。',
  'Older spelling of UDP6ZeroChecksumRx=: accept VXLAN over IPv6 with a zero UDP checksum.':
    'UDP6ZeroChecksumRx= 的旧拼写：接受经 IPv6 传输、UDP 校验和为零的 VXLAN 数据包。',
  'Send VXLAN packets over IPv6 without computing the UDP checksum.':
    '经 IPv6 发送 VXLAN 数据包时不计算 UDP 校验和。',
  'Older spelling of UDP6ZeroChecksumTx=: send VXLAN over IPv6 without a UDP checksum.':
    'UDP6ZeroChecksumTx= 的旧拼写：经 IPv6 发送 VXLAN 数据包时不带 UDP 校验和。',
  'Compute UDP checksums for VXLAN packets sent over IPv4.':
    '为经 IPv4 发送的 VXLAN 数据包计算 UDP 校验和。',
  'Older spelling of UDPChecksum=: compute UDP checksums for VXLAN over IPv4.':
    'UDPChecksum= 的旧拼写：为经 IPv4 发送的 VXLAN 数据包计算 UDP 校验和。',
  'VXLAN network identifier (segment ID), 1-16777215.':
    'VXLAN 网络标识（网段 ID），1-16777215。',
  'With External=, accept only the VNIs configured for the device instead of all of them.':
    '配合 External=，只接受为设备配置的 VNI，而非全部。',
  'Firewall mark (1-4294967295) set on the WireGuard packets this interface sends.':
    '为此接口发出的 WireGuard 数据包设置的防火墙标记（1-4294967295）。',
  'Older name of FirewallMark=: the mark set on outgoing WireGuard packets.':
    'FirewallMark= 的旧名称：为发出的 WireGuard 数据包设置的标记。',
  'UDP port WireGuard listens on (1-65535), or auto to derive one from the interface name.':
    'WireGuard 监听的 UDP 端口（1-65535），或 auto 表示根据接口名生成。',
  'Base64 private key of the interface (from wg genkey); keep the file private.':
    '接口的 Base64 私钥（由 wg genkey 生成）；注意保护文件权限。',
  'Absolute path of a file (or AF_UNIX socket) holding the Base64 private key; overrides PrivateKey=.':
    '存放 Base64 私钥的文件（或 AF_UNIX 套接字）的绝对路径；优先于 PrivateKey=。',
  'Metric of the routes added for the peers\' AllowedIPs=, unless a peer sets its own.':
    '为各对端 AllowedIPs= 添加的路由的度量值，对端自行设置时以对端为准。',
  'Routing table for the routes to the peers\' AllowedIPs= (name or number), or off to add none.':
    '到各对端 AllowedIPs= 的路由所在路由表（名称或编号），或 off 表示不添加。',
  'Addresses with prefix length (comma-separated) this peer may send from and that are routed to it inside the tunnel.':
    '允许此对端作为源地址、并在隧道内路由到它的地址及前缀长度（逗号分隔）。',
  'Address or host name and port of the peer, as HOST:PORT ([ADDR]:PORT for IPv6).':
    '对端的地址或主机名及端口，格式为 HOST:PORT（IPv6 为 [ADDR]:PORT）。',
  'Seconds between keepalive packets to the peer (1-65535), to keep NAT state; 0 or off disables.':
    '向对端发送保活包的间隔秒数（1-65535），用于维持 NAT 状态；0 或 off 表示关闭。',
  'Optional Base64 preshared key mixed into the handshake for extra protection.':
    '可选的 Base64 预共享密钥，混入握手以增加保护。',
  'Absolute path of a file (or AF_UNIX socket) holding the Base64 preshared key; overrides PresharedKey=.':
    '存放 Base64 预共享密钥的文件（或 AF_UNIX 套接字）的绝对路径；优先于 PresharedKey=。',
  'Base64 public key of the peer (from wg pubkey); required.':
    '对端的 Base64 公钥（由 wg pubkey 生成）；必填。',
  'Absolute path of a file holding the peer\'s Base64 public key; overrides PublicKey=.':
    '存放对端 Base64 公钥的文件的绝对路径；优先于 PublicKey=。',
  'Metric of the routes to this peer\'s AllowedIPs=; overrides the [WireGuard] value.':
    '到此对端 AllowedIPs= 的路由的度量值；覆盖 [WireGuard] 中的值。',
  'Routing table for the routes to this peer\'s AllowedIPs=; overrides the [WireGuard] value.':
    '到此对端 AllowedIPs= 的路由所在路由表；覆盖 [WireGuard] 中的值。',
  'Physical wireless device (name like phy0, or index) the interface is created on; required.':
    '创建接口所在的物理无线设备（名称如 phy0，或索引）；必填。',
  'Interface type: station, ap, ad-hoc, monitor, mesh-point, p2p-client, ...; required.':
    '接口类型：station、ap、ad-hoc、monitor、mesh-point、p2p-client 等；必填。',
  'Use the Wireless Distribution System (4-address) mode.':
    '使用无线分布式系统（四地址）模式。',
  'Create the xfrm interface without an underlying device (no hardware offload).':
    '不依附下层设备创建 xfrm 接口（不使用硬件卸载）。',
  'ID (1-0xffffffff) tying the xfrm interface to IPsec states and policies; required.':
    '将 xfrm 接口与 IPsec 状态和策略关联的 ID（1-0xffffffff）；必填。',
  'Turn Energy Efficient Ethernet (IEEE 802.3az) on or off for the interface.':
    '为接口开启或关闭节能以太网（IEEE 802.3az）。',
  'Link modes for which Energy Efficient Ethernet is advertised, separated by blanks.':
    '通告节能以太网所针对的链路模式，以空白分隔。',
  'Let the transmitter enter low-power idle when there is nothing to send.':
    '允许发送端在无数据可发时进入低功耗空闲状态。',
  'Idle time before the transmitter enters low-power idle (a time span).':
    '发送端进入低功耗空闲状态前的空闲时间（时间跨度）。',
  'Link modes (speed, duplex, port) advertised during autonegotiation, such as 1000baset-full; separated by blanks.':
    '自动协商时通告的链路模式（速率、双工、端口），例如 1000baset-full；以空白分隔。',
  'Alias (ifalias) given to the interface, a free-text label.':
    '为接口设置的别名（ifalias），自由文本标签。',
  'Extra names the interface can also be addressed by, separated by blanks.':
    '接口另外可用的名称，以空白分隔。',
  'Naming policies (database, onboard, slot, path, mac) whose names are added as alternative names.':
    '将其所得名称加为备用名称的命名策略（database、onboard、slot、path、mac）。',
  'Negotiate speed and duplex with the link partner instead of forcing them.':
    '与链路对端协商速率和双工模式，而不是强制设定。',
  'Negotiate flow control (pause frames) with the link partner.':
    '与链路对端协商流量控制（暂停帧）。',
  'Link speed, in bits per second with K, M, G suffixes (base 1000).':
    '链路速率，单位为比特每秒，可用 K、M、G 后缀（以 1000 为基数）。',
  'Packet rate above which the high-rate coalescing settings apply with adaptive coalescing.':
    '自适应合并时，高于此包速率则使用高速率合并设置。',
  'Packet rate below which the low-rate coalescing settings apply with adaptive coalescing.':
    '自适应合并时，低于此包速率则使用低速率合并设置。',
  'How often the packet rate is sampled for adaptive coalescing (a time span, not zero).':
    '自适应合并时采样包速率的间隔（时间跨度，不能为零）。',
  'Number of combined receive and transmit channels, or max.':
    '收发合用通道的数量，或 max。',
  'Free text describing the device.':
    '描述设备的自由文本。',
  'Duplex mode of the link: half or full.':
    '链路的双工模式：half 或 full。',
  'Generic receive offload (GRO): merge received packets of a flow before the stack sees them.':
    '通用接收卸载（GRO）：在协议栈处理前合并同一流的接收数据包。',
  'Hardware-assisted generic receive offload (rx-gro-hw).':
    '硬件辅助的通用接收卸载（rx-gro-hw）。',
  'Fraglist generic receive offload (rx-gro-list): chain received packets instead of merging them.':
    '链表式通用接收卸载（rx-gro-list）：将接收的数据包串成链表而不合并。',
  'Generic receive offload for forwarded UDP traffic (rx-udp-gro-forwarding).':
    '针对转发的 UDP 流量的通用接收卸载（rx-udp-gro-forwarding）。',
  'Generic segmentation offload (GSO): split large packets late, just before the driver.':
    '通用分段卸载（GSO）：在交给驱动前才将大数据包分段。',
  'Largest GSO packet the stack builds for the device, in bytes (K, M, G suffixes, base 1024).':
    '协议栈为此设备构建的最大 GSO 数据包，单位为字节（可用 K、M、G 后缀，以 1024 为基数）。',
  'Most segments a GSO packet built for the device may hold.':
    '为此设备构建的 GSO 数据包最多可含的段数。',
  'udev properties (names, globs allowed) copied over from the device\'s existing udev database entry.':
    '从设备现有的 udev 数据库条目中沿用的 udev 属性（名称，可用通配符）。',
  'CPUs (list or ranges) the interface\'s interrupts are pinned to.':
    '接口中断所绑定的 CPU（列表或范围）。',
  'How NUMA nodes are taken into account when the interface\'s interrupts are placed on CPUs.':
    '将接口中断放置到 CPU 上时如何考虑 NUMA 节点。',
  'How the interface\'s interrupts are placed on CPUs, such as single (all on one CPU).':
    '接口中断在 CPU 上的放置策略，例如 single（全部放在一个 CPU 上）。',
  'Large receive offload (LRO): let the hardware merge received TCP segments.':
    '大接收卸载（LRO）：由硬件合并接收到的 TCP 分段。',
  'Fixed MAC address for the interface; used when MACAddressPolicy= is none or unset.':
    '接口的固定 MAC 地址；在 MACAddressPolicy= 为 none 或未设置时使用。',
  'How the MAC address is chosen: persistent (stable across boots), random, or none (keep the kernel\'s).':
    'MAC 地址的选取方式：persistent（跨启动保持不变）、random，或 none（保留内核给出的地址）。',
  'Cable crossover mode of the port: straight (mdi), crossover (mdi-x) or auto.':
    '端口的线缆交叉模式：straight（mdi）、crossover（mdi-x）或 auto。',
  'Maximum transmission unit of the interface, in bytes (K, M, G suffixes, base 1024).':
    '接口的最大传输单元，单位为字节（可用 K、M、G 后缀，以 1024 为基数）。',
  'Interface name to use when no NamePolicy= entry yields one.':
    '当 NamePolicy= 各项都得不出名称时使用的接口名。',
  'Ordered naming policies tried for the interface name: kernel, database, onboard, slot, path, mac, keep.':
    '依次尝试的接口命名策略：kernel、database、onboard、slot、path、mac、keep。',
  'Receive n-tuple filters and actions in hardware.':
    '硬件中的接收 n 元组过滤与动作。',
  'Number of channels for other purposes (link interrupts, SR-IOV coordination), or max.':
    '用于其他用途（链路中断、SR-IOV 协调）的通道数量，或 max。',
  'Partial generic segmentation offload (tx-gso-partial) for tunnelled traffic.':
    '针对隧道流量的部分通用分段卸载（tx-gso-partial）。',
  'Physical port type: tp, aui, bnc, mii or fibre.':
    '物理端口类型：tp、aui、bnc、mii 或 fibre。',
  'udev properties (NAME=VALUE) set on the device.':
    '为设备设置的 udev 属性（NAME=VALUE）。',
  'Receive all frames, also those with errors such as a bad FCS (rx-all).':
    '接收所有帧，包括 FCS 错误等有误的帧（rx-all）。',
  'Let the hardware verify checksums of received packets.':
    '由硬件校验接收数据包的校验和。',
  'Keep the frame check sequence at the end of received frames (rx-fcs).':
    '在接收到的帧末尾保留帧校验序列（rx-fcs）。',
  'CPUs (list, ranges or all) receive packet steering (RPS) spreads incoming packets over.':
    '接收包转向（RPS）用于分摊接收数据包的 CPU（列表、范围或 all）。',
  'Number of receive queues of the device, 1-4096.':
    '设备的接收队列数量，1-4096。',
  'Filter received frames by VLAN (C-tag) in hardware.':
    '在硬件中按 VLAN（C-tag）过滤接收的帧。',
  'Strip VLAN (C-tag) headers from received frames in hardware.':
    '在硬件中剥离接收帧的 VLAN（C-tag）头。',
  'Entries in the receive ring buffer, or max.':
    '接收环形缓冲区的条目数，或 max。',
  'Number of receive-only channels, or max.':
    '仅接收通道的数量，或 max。',
  'Receive interrupt delay used at high packet rates with adaptive coalescing (a time span).':
    '自适应合并时在高包速率下使用的接收中断延迟（时间跨度）。',
  'Receive interrupt delay while an interrupt is being serviced (a time span).':
    '中断处理期间的接收中断延迟（时间跨度）。',
  'Receive interrupt delay used at low packet rates with adaptive coalescing (a time span).':
    '自适应合并时在低包速率下使用的接收中断延迟（时间跨度）。',
  'How long to delay a receive interrupt after a packet arrives (a time span).':
    '数据包到达后推迟接收中断的时间（时间跨度）。',
  'Honour pause frames received from the link partner.':
    '响应从链路对端收到的暂停帧。',
  'Entries in the receive ring buffer for jumbo frames, or max.':
    '巨型帧接收环形缓冲区的条目数，或 max。',
  'Most received frames gathered before a receive interrupt.':
    '触发接收中断前最多累积的接收帧数。',
  'Most received frames gathered before an interrupt at high packet rates with adaptive coalescing.':
    '自适应合并时在高包速率下触发中断前最多累积的接收帧数。',
  'Most received frames gathered before an interrupt while one is being serviced.':
    '中断处理期间触发中断前最多累积的接收帧数。',
  'Most received frames gathered before an interrupt at low packet rates with adaptive coalescing.':
    '自适应合并时在低包速率下触发中断前最多累积的接收帧数。',
  'Entries in the receive ring buffer for small (mini) frames, or max.':
    '小（mini）帧接收环形缓冲区的条目数，或 max。',
  'Let the device send packets whose data is spread over several memory buffers (tx-scatter-gather).':
    '允许设备发送数据分散在多个内存缓冲区中的数据包（tx-scatter-gather）。',
  'Let the device send packets made of a fragment list (tx-scatter-gather-fraglist).':
    '允许设备发送由分片链表组成的数据包（tx-scatter-gather-fraglist）。',
  'Number of SR-IOV virtual functions to create on the device.':
    '要在设备上创建的 SR-IOV 虚拟功能数量。',
  'How long to delay updates of the driver\'s in-memory statistics block (a time span, not zero).':
    '推迟更新驱动内存中统计块的时间（时间跨度，不能为零）。',
  'TCP segmentation offload for IPv6 (tx-tcp6-segmentation).':
    'IPv6 的 TCP 分段卸载（tx-tcp6-segmentation）。',
  'TCP segmentation offload for packets with ECN flags (tx-tcp-ecn-segmentation).':
    '带 ECN 标志数据包的 TCP 分段卸载（tx-tcp-ecn-segmentation）。',
  'TCP segmentation offload that may rewrite the IPv4 ID field (tx-tcp-mangleid-segmentation).':
    '允许改写 IPv4 ID 字段的 TCP 分段卸载（tx-tcp-mangleid-segmentation）。',
  'TCP segmentation offload (TSO): let the hardware split large TCP sends into segments.':
    'TCP 分段卸载（TSO）：由硬件将大的 TCP 发送数据切成分段。',
  'Let the hardware compute checksums of sent packets.':
    '由硬件计算发送数据包的校验和。',
  'Length of the device\'s transmit queue, in packets.':
    '设备发送队列的长度，单位为数据包。',
  'Number of transmit queues of the device, 1-4096.':
    '设备的发送队列数量，1-4096。',
  'Insert VLAN (C-tag) headers into sent frames in hardware.':
    '在硬件中为发送帧插入 VLAN（C-tag）头。',
  'Insert service VLAN (S-tag, 802.1ad) headers into sent frames in hardware.':
    '在硬件中为发送帧插入服务 VLAN（S-tag，802.1ad）头。',
  'Entries in the transmit ring buffer, or max.':
    '发送环形缓冲区的条目数，或 max。',
  'Number of transmit-only channels, or max.':
    '仅发送通道的数量，或 max。',
  'Transmit interrupt delay used at high packet rates with adaptive coalescing (a time span).':
    '自适应合并时在高包速率下使用的发送中断延迟（时间跨度）。',
  'Transmit interrupt delay while an interrupt is being serviced (a time span).':
    '中断处理期间的发送中断延迟（时间跨度）。',
  'Transmit interrupt delay used at low packet rates with adaptive coalescing (a time span).':
    '自适应合并时在低包速率下使用的发送中断延迟（时间跨度）。',
  'How long to delay a transmit-completion interrupt after a packet is sent (a time span).':
    '数据包发出后推迟发送完成中断的时间（时间跨度）。',
  'Send pause frames to the link partner when the device is overloaded.':
    '设备过载时向链路对端发送暂停帧。',
  'Most sent frames completed before a transmit interrupt.':
    '触发发送中断前最多完成的发送帧数。',
  'Most sent frames completed before an interrupt at high packet rates with adaptive coalescing.':
    '自适应合并时在高包速率下触发中断前最多完成的发送帧数。',
  'Most sent frames completed before an interrupt while one is being serviced.':
    '中断处理期间触发中断前最多完成的发送帧数。',
  'Most sent frames completed before an interrupt at low packet rates with adaptive coalescing.':
    '自适应合并时在低包速率下触发中断前最多完成的发送帧数。',
  'Obsolete UDP segmentation offload switch, ignored with a warning.':
    '已废弃的 UDP 分段卸载开关，会被忽略并给出警告。',
  'udev properties (names) removed from the device.':
    '从设备上移除的 udev 属性（名称）。',
  'Let the driver adapt receive interrupt coalescing to the packet rate.':
    '让驱动根据包速率自适应调整接收中断合并。',
  'Let the driver adapt transmit interrupt coalescing to the packet rate.':
    '让驱动根据包速率自适应调整发送中断合并。',
  'Packets that wake the machine: phy, unicast, multicast, broadcast, arp, magic, secureon or off.':
    '可唤醒机器的数据包：phy、unicast、multicast、broadcast、arp、magic、secureon 或 off。',
  'SecureOn password for WakeOnLan=secureon: 6 bytes written like a MAC address, or a file to read them from.':
    'WakeOnLan=secureon 所用的 SecureOn 密码：写成 MAC 地址形式的 6 个字节，或读取它的文件。',
  'Link state of the virtual function: auto (follow the physical function), yes or no.':
    '虚拟功能的链路状态：auto（跟随物理功能）、yes 或 no。',
  'MAC address of the virtual function.':
    '虚拟功能的 MAC 地址。',
  'Drop frames the virtual function sends with a source MAC address not its own.':
    '丢弃虚拟功能以非自身源 MAC 地址发送的帧。',
  'VLAN priority (QoS) of the virtual function\'s traffic.':
    '虚拟功能流量的 VLAN 优先级（QoS）。',
  'Let the virtual function query the physical function\'s receive side scaling (RSS) setup.':
    '允许虚拟功能查询物理功能的接收端缩放（RSS）配置。',
  'Trust the virtual function, allowing privileged changes such as promiscuous mode or its own MAC.':
    '信任虚拟功能，允许其进行混杂模式、修改自身 MAC 等特权操作。',
  'Index of the virtual function this section configures; required.':
    '本节所配置的虚拟功能的编号；必填。',
  'VLAN ID (1-4095) the virtual function\'s traffic is tagged with.':
    '为虚拟功能流量打上的 VLAN ID（1-4095）。',
  'VLAN protocol of the virtual function: 802.1Q or 802.1ad.':
    '虚拟功能的 VLAN 协议：802.1Q 或 802.1ad。',
});
