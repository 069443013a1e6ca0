// Simplified Chinese for the key summaries of schema/families/summaries/devices.ts, keyed by their English.
/* eslint max-lines: "off" -- one line per summary */
export const deviceSummariesZh: Readonly<Record<string, string>> = {
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
  'Turn on route short-circuiting for the VXLAN.':
    '为 VXLAN 启用路由短路。',
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
};
