// Simplified Chinese for the key summaries of schema/families/summaries/networkTraffic.ts, keyed by their English.
/* eslint max-lines: "off" -- one line per summary */
export const networkTrafficZh = (): Readonly<Record<string, string>> => ({
  'Where this qdisc attaches: root (the default), clsact, ingress, or a class ID major:minor in hex.':
    '此 qdisc 的挂载位置：root（默认）、clsact、ingress，或十六进制的类 ID major:minor。',
  'Major number (hex, 1 to ffff) naming this qdisc, so that classes can use it as their parent.':
    '命名此 qdisc 的主编号（十六进制，1 到 ffff），供各个类将其作为父级引用。',
  'Qdisc or class this class hangs under: root, or major:minor in hex.':
    '此类所挂靠的 qdisc 或类：root，或十六进制的 major:minor。',
  'ID of this class as major:minor in hex; the major part is the handle of its qdisc.':
    '此类的 ID，形如十六进制的 major:minor；major 部分即其 qdisc 的句柄。',
  'Size of the first-in first-out queue in bytes (K, M, G allowed, base 1024); packets beyond it are dropped.':
    '先进先出队列的大小，单位为字节（可用 K、M、G，以 1024 为基数）；超出的包被丢弃。',
  'Drop TCP ACKs that a later ACK of the same flow makes redundant: yes, no or aggressive.':
    '丢弃被同一流中后续 ACK 取代的冗余 TCP ACK：yes、no 或 aggressive。',
  'Let CAKE estimate the link capacity from the incoming traffic, Bandwidth= being the first guess.':
    '让 CAKE 根据入站流量估算链路容量，以 Bandwidth= 作为初始估计。',
  'Rate CAKE shapes the traffic to, in bits per second (K, M, G allowed, base 1000).':
    'CAKE 整形流量的目标速率，单位为比特每秒（可用 K、M、G，以 1000 为基数）。',
  'Framing the overhead is computed for: none, atm (ADSL cells) or ptm (VDSL2 64b/65b encoding).':
    '计算开销时所依据的成帧方式：none、atm（ADSL 信元）或 ptm（VDSL2 的 64b/65b 编码）。',
  'Mask applied to a packet\'s firewall mark; a non-zero result picks its tin instead of the DSCP field.':
    '应用于包防火墙标记的掩码；结果非零时由它选择 tin，而不依据 DSCP 字段。',
  'What CAKE shares the bandwidth fairly between: none, src-host, dst-host, hosts, flows, dual-src-host, dual-dst-host or triple.':
    'CAKE 在哪些对象之间公平分配带宽：none、src-host、dst-host、hosts、flows、dual-src-host、dual-dst-host 或 triple。',
  'Smallest size, in bytes (1 to 256), each packet is counted as after the overhead is added.':
    '加上开销后每个包至少按多少字节（1 到 256）计算。',
  'Look up the NAT table so that flow isolation sees the hosts behind the NAT rather than its address.':
    '查询 NAT 表，使流隔离看到 NAT 之后的各个主机，而不是 NAT 的地址。',
  'Bytes (-64 to 256) added to the size of every packet to account for link framing.':
    '为计入链路成帧开销，给每个包的大小加上的字节数（-64 到 256）。',
  'How traffic is sorted into tins by priority: besteffort, precedence, diffserv8, diffserv4 or diffserv3.':
    '按优先级将流量分入各 tin 的方式：besteffort、precedence、diffserv8、diffserv4 或 diffserv3。',
  'Round-trip time CAKE tunes its queue management for (a time span, such as 100ms).':
    'CAKE 调整其队列管理时所依据的往返时间（时间跨度，例如 100ms）。',
  'Split GSO super-packets into the packets that go on the wire and queue them one by one.':
    '将 GSO 超级包拆分成实际上线路的各个包，逐个排队。',
  'Count packets at the size the kernel reports rather than their IP size.':
    '按内核报告的大小而不是 IP 包大小计算包长。',
  'Clear the DSCP bits (not ECN) of every packet that passes through CAKE.':
    '清除经过 CAKE 的每个包的 DSCP 位（ECN 位除外）。',
  'Sojourn time above which packets are marked Congestion Experienced (ECN) at once.':
    '逗留时间超过此值的包立即被标记为 Congestion Experienced（ECN）。',
  'Mark packets with ECN instead of dropping them when the queue delay is too high.':
    '队列延迟过高时用 ECN 标记包，而不是丢弃。',
  'Window over which CoDel checks that the queue delay fell below the target; about the worst round-trip time.':
    'CoDel 检查队列延迟是否降到目标以下的时间窗口；约为最坏情况的往返时间。',
  'Largest number of packets the CoDel queue holds; further packets are dropped.':
    'CoDel 队列最多容纳的包数；更多的包被丢弃。',
  'Queue delay CoDel aims for: above it for a whole interval, it starts dropping.':
    'CoDel 追求的队列延迟：在整个时间窗口内都高于此值时开始丢包。',
  'Bytes this class may send before the scheduler moves on to the next class (K, M, G allowed, base 1024; the link MTU by default).':
    '调度器转向下一个类之前此类可发送的字节数（可用 K、M、G，以 1024 为基数；默认为链路 MTU）。',
  'Number of bands (1 to 16), enough for the strict ones and those listed in QuantumBytes=.':
    '频带数（1 到 16），须足以容纳严格频带和 QuantumBytes= 中列出的频带。',
  'Band for each packet priority, in order from priority 0 (up to 16 numbers); empty clears the list.':
    '从优先级 0 起依次给出每个包优先级对应的频带（最多 16 个数字）；空值清空列表。',
  'Quantum in bytes of each band that shares bandwidth, as a list (K, M, G allowed, base 1024); empty clears it.':
    '各共享带宽频带的量子（字节）列表（可用 K、M、G，以 1024 为基数）；空值清空列表。',
  'How many of the bands (1 to 16) are served in strict priority order.':
    '按严格优先级顺序服务的频带数（1 到 16）。',
  'Number of hash buckets that fair queueing sorts the flows into.':
    '公平队列用来划分各个流的哈希桶数量。',
  'Time in the queue above which packets are marked Congestion Experienced (ECN).':
    '在队列中停留超过此时间的包被标记为 Congestion Experienced（ECN）。',
  'Largest number of packets queued for one flow.':
    '单个流最多排队的包数。',
  'Older name of InitialQuantumBytes=: bytes a new flow may send at first.':
    'InitialQuantumBytes= 的旧名称：新流起初可发送的字节数。',
  'Bytes a new flow may send before fair queueing applies (K, M, G allowed, base 1024).':
    '新流在公平排队生效前可发送的字节数（可用 K、M、G，以 1024 为基数）。',
  'Highest rate one flow may send at, in bits per second (K, M, G allowed, base 1000).':
    '单个流的最高发送速率，单位为比特每秒（可用 K、M、G，以 1000 为基数）。',
  'Mask applied to the flow hash of packets that no socket owns, limiting how many buckets they take.':
    '应用于不属于任何套接字之包的流哈希的掩码，限制它们占用的桶数。',
  'Pace each flow at the rate its socket asks for.':
    '按每个流的套接字所要求的速率进行节奏控制（pacing）。',
  'Largest number of packets the fair queue holds in all; further packets are dropped.':
    '公平队列总共最多容纳的包数；更多的包被丢弃。',
  'Older name of QuantumBytes=: bytes a flow may send per round.':
    'QuantumBytes= 的旧名称：一个流每轮可发送的字节数。',
  'Bytes a flow may send per round (K, M, G allowed, base 1024).':
    '一个流每轮可发送的字节数（可用 K、M、G，以 1024 为基数）。',
  'Sojourn time above which packets are marked Congestion Experienced (ECN), as DCTCP expects.':
    '逗留时间超过此值的包被标记为 Congestion Experienced（ECN），符合 DCTCP 的预期。',
  'Mark packets with ECN instead of dropping them when a flow queues too long.':
    '某个流排队过久时用 ECN 标记包，而不是丢弃。',
  'Number of flows that packets are hashed into.':
    '包被哈希分配到的流的数量。',
  'Window over which each flow\'s queue delay must fall below the target; about the worst round-trip time.':
    '每个流的队列延迟须降到目标以下的时间窗口；约为最坏情况的往返时间。',
  'Older name of MemoryLimitBytes=: memory the queued packets may use.':
    'MemoryLimitBytes= 的旧名称：排队的包可使用的内存。',
  'Largest amount of memory the queued packets may use, in bytes (K, M, G allowed, base 1024).':
    '排队的包最多可使用的内存，单位为字节（可用 K、M、G，以 1024 为基数）。',
  'Largest number of packets the FQ-CoDel queue holds; further packets are dropped.':
    'FQ-CoDel 队列最多容纳的包数；更多的包被丢弃。',
  'Older name of QuantumBytes=: bytes taken from a flow per round.':
    'QuantumBytes= 的旧名称：每轮从一个流取出的字节数。',
  'Bytes taken from a flow each round of the scheduler (K, M, G allowed, base 1024).':
    '调度器每一轮从一个流取出的字节数（可用 K、M、G，以 1024 为基数）。',
  'Queue delay each flow aims for: above it for a whole interval, packets are dropped.':
    '每个流追求的队列延迟：在整个时间窗口内都高于此值时开始丢包。',
  'Largest number of packets the FQ-PIE queue holds; further packets are dropped.':
    'FQ-PIE 队列最多容纳的包数；更多的包被丢弃。',
  'Virtual queue used for packets not sent to another one; less than VirtualQueues=.':
    '未被送往其他虚拟队列的包所用的虚拟队列；须小于 VirtualQueues=。',
  'Use the RIO-like buffering scheme across the virtual queues.':
    '在各虚拟队列间使用类似 RIO 的缓冲方案。',
  'Number of virtual queues (1 to 16).':
    '虚拟队列的数量（1 到 16）。',
  'Largest number of packets the heavy-hitter filter queue holds; further packets are dropped.':
    '重流过滤（heavy-hitter filter）队列最多容纳的包数；更多的包被丢弃。',
  'Minor number (hex) of the class that traffic no filter classified goes to.':
    '未被任何过滤器分类的流量所去往的类的次编号（十六进制）。',
  'Divisor applied to each class\'s Rate= to get its round-robin quantum.':
    '用每个类的 Rate= 除以此数得到其轮询量子。',
  'Burst this class may send at its Rate=, in bytes (K, M, G allowed, base 1024).':
    '此类以 Rate= 速率可发送的突发量，单位为字节（可用 K、M、G，以 1024 为基数）。',
  'Burst this class may send at its CeilRate=, in bytes (K, M, G allowed, base 1024).':
    '此类以 CeilRate= 速率可发送的突发量，单位为字节（可用 K、M、G，以 1024 为基数）。',
  'Highest rate the class reaches by borrowing from its parent, in bits per second (K, M, G, base 1000).':
    '此类向父级借用带宽时可达到的最高速率，单位为比特每秒（可用 K、M、G，以 1000 为基数）。',
  'Largest packet size, in bytes, used to build the rate tables.':
    '构建速率表时使用的最大包大小，单位为字节。',
  'Bytes added to each packet\'s size when the rate is computed.':
    '计算速率时给每个包的大小加上的字节数。',
  'Order in which classes get spare bandwidth; the lowest number is served first.':
    '各类获得空闲带宽的顺序；数字最小的最先得到服务。',
  'Bytes served from this leaf class in one round-robin turn (K, M, G allowed, base 1024).':
    '此叶子类在一次轮询中被服务的字节数（可用 K、M、G，以 1024 为基数）。',
  'Rate guaranteed to this class and its children, in bits per second (K, M, G allowed, base 1000); required.':
    '保证给此类及其子类的速率，单位为比特每秒（可用 K、M、G，以 1000 为基数）；必须设置。',
  'Random variation added to or taken from DelaySec=, as a time span.':
    '在 DelaySec= 上随机增减的变化量，为时间跨度。',
  'Fixed delay added to every outgoing packet, as a time span.':
    '给每个发出的包增加的固定延迟，为时间跨度。',
  'Share of packets sent twice, as a percentage (such as 1%).':
    '被发送两次的包所占的比例，以百分比表示（例如 1%）。',
  'Share of packets dropped at random, as a percentage (such as 5%).':
    '被随机丢弃的包所占的比例，以百分比表示（例如 5%）。',
  'Largest number of packets the emulator queues at a time (1000 by default); further packets are dropped.':
    '网络模拟器同时排队的最大包数（默认 1000）；更多的包被丢弃。',
  'Size of the first-in first-out queue in packets; packets beyond it are dropped.':
    '先进先出队列的大小，单位为包；超出的包被丢弃。',
  'Size of the queue in packets; when it is full, the oldest packet is dropped to make room.':
    '队列的大小，单位为包；队列满时丢弃最早的包以腾出空间。',
  'Largest number of packets the PIE queue holds; further packets are dropped.':
    'PIE 队列最多容纳的包数；更多的包被丢弃。',
  'Attach the clsact or ingress qdisc to the link, for filters on incoming (or outgoing) traffic; required.':
    '在链路上挂载 clsact 或 ingress qdisc，用于对入站（或出站）流量设置过滤器；必须设置。',
  'Major number (hex, 1 to ffff) naming the clsact or ingress qdisc.':
    '命名 clsact 或 ingress qdisc 的主编号（十六进制，1 到 ffff）。',
  'Largest packet this class sends, in bytes (K, M, G allowed, base 1024).':
    '此类发送的最大包大小，单位为字节（可用 K、M、G，以 1024 为基数）。',
  'Share of the bandwidth this class gets relative to the others (1 to 1023).':
    '此类相对于其他类所获得的带宽份额（1 到 1023）。',
  'Largest number of packets the SFB queue holds; further packets are dropped.':
    'SFB 队列最多容纳的包数；更多的包被丢弃。',
  'How often the flow hash is changed, so that colliding flows part ways (a time span).':
    '更换流哈希的间隔，使发生冲突的流得以分开（时间跨度）。',
  'Older name of BurstBytes=: the size of the token bucket.':
    'BurstBytes= 的旧名称：令牌桶的大小。',
  'Size of the token bucket: bytes that may leave at once above Rate= (K, M, G allowed, base 1024).':
    '令牌桶的大小：可在 Rate= 之上一次发出的字节数（可用 K、M、G，以 1024 为基数）。',
  'Longest a packet may wait for tokens; sets the queue size instead of LimitBytes=.':
    '包等待令牌的最长时间；用它代替 LimitBytes= 来确定队列大小。',
  'Bytes that may wait in the queue for tokens (K, M, G allowed, base 1024).':
    '可在队列中等待令牌的字节数（可用 K、M、G，以 1024 为基数）。',
  'Older name of LimitBytes=: bytes that may wait for tokens.':
    'LimitBytes= 的旧名称：可等待令牌的字节数。',
  'Smallest size, in bytes, a packet is counted as when tokens are taken.':
    '取令牌时每个包至少按多少字节计算。',
  'Size of the peak-rate bucket in bytes, usually the link MTU (K, M, G allowed, base 1024).':
    '峰值速率桶的大小，单位为字节，通常为链路 MTU（可用 K、M、G，以 1024 为基数）。',
  'Highest rate at which the bucket may be emptied, in bits per second (K, M, G allowed, base 1000).':
    '令牌桶可被清空的最高速率，单位为比特每秒（可用 K、M、G，以 1000 为基数）。',
  'Average rate traffic is shaped to, in bits per second (K, M, G allowed, base 1000).':
    '流量被整形到的平均速率，单位为比特每秒（可用 K、M、G，以 1000 为基数）。',
  'Number N of the teqlN device this link joins, to share traffic with its other links (0 by default; sch_teql must be loaded with max_equalizers above N).':
    '此链路加入的 teqlN 设备的编号 N，与其他链路分担流量（默认 0；须以大于 N 的 max_equalizers 加载 sch_teql）。',
  'Older spelling of [NetworkEmulator] DelayJitterSec=: random variation of the delay.':
    '[NetworkEmulator] DelayJitterSec= 的旧写法：延迟的随机变化量。',
  'Older spelling of [NetworkEmulator] DelaySec=: fixed delay added to packets.':
    '[NetworkEmulator] DelaySec= 的旧写法：给包增加的固定延迟。',
  'Older spelling of [NetworkEmulator] DuplicateRate=: share of packets sent twice.':
    '[NetworkEmulator] DuplicateRate= 的旧写法：被发送两次的包所占比例。',
  'Older spelling of [NetworkEmulator] LossRate=: share of packets dropped.':
    '[NetworkEmulator] LossRate= 的旧写法：被丢弃的包所占比例。',
  'Older spelling of [NetworkEmulator] PacketLimit=: the packet limit.':
    '[NetworkEmulator] PacketLimit= 的旧写法：包数上限。',
  'Where the network emulator attaches: root, clsact, ingress, or a class ID major:minor in hex.':
    '网络模拟器的挂载位置：root、clsact、ingress，或十六进制的类 ID major:minor。',
  'Let spanning tree make this port the root port; no ignores better root claims arriving on it.':
    '允许生成树将此端口选为根端口；设为 no 时忽略从此端口到达的更优根声明。',
  'Spanning-tree path cost of this port (1 to 65535); give faster links a lower cost.':
    '此端口的生成树路径开销（1 到 65535）；较快的链路应设较低的开销。',
  'Remove the port from a multicast group as soon as an IGMP/MLD leave arrives, without a query.':
    '收到 IGMP/MLD 离开消息后立即将端口移出组播组，不再发送查询。',
  'Let the bridge send a frame back out of the port it came in on.':
    '允许网桥将帧从其进入的端口发回。',
  'Isolate the port: it can exchange traffic only with ports that are not isolated.':
    '隔离此端口：它只能与未被隔离的端口交换流量。',
  'Learn the MAC addresses seen on this port into the forwarding database.':
    '将在此端口上见到的 MAC 地址学习到转发数据库中。',
  'Lock the port: only frames from MAC addresses already allowed in the forwarding database pass (802.1X).':
    '锁定此端口：只有转发数据库中已允许的 MAC 地址发出的帧才能通过（802.1X）。',
  'On a locked port, record unknown senders as locked entries that user space may then authorise.':
    '在锁定的端口上，把未知发送方记录为锁定条目，供用户空间随后授权。',
  'Flood multicast with no group entry to this port.':
    '将没有组条目的组播泛洪到此端口。',
  'Whether a multicast router sits behind this port: no, query, permanent or temporary.':
    '此端口之后是否有组播路由器：no、query、permanent 或 temporary。',
  'Send multicast out of this port as one unicast copy per listener.':
    '从此端口发出组播时，为每个接收者发送一份单播副本。',
  'Answer ARP and IPv6 neighbour requests on this port from the bridge\'s table instead of flooding them.':
    '由网桥依据其表项应答此端口上的 ARP 和 IPv6 邻居请求，而不泛洪。',
  'Spanning-tree priority of this port (0 to 63); the lower wins a tie on cost.':
    '此端口的生成树优先级（0 到 63）；开销相同时数值较低者胜出。',
  'Let the bridge answer ARP requests on this port for hosts it already knows.':
    '让网桥在此端口上为其已知的主机应答 ARP 请求。',
  'Proxy ARP on this port in the way Wi-Fi access points need (IEEE 802.11, Hotspot 2.0).':
    '按 Wi-Fi 接入点的需要（IEEE 802.11、Hotspot 2.0）在此端口上做代理 ARP。',
  'Flood unicast frames for unknown destinations to this port.':
    '将目的未知的单播帧泛洪到此端口。',
  'Handle the spanning-tree BPDUs received on this port.':
    '处理在此端口上收到的生成树 BPDU。',
  'Map the VLANs of this port to tunnel IDs, for a tunnel device that carries them.':
    '将此端口的 VLAN 映射为隧道 ID，供承载它们的隧道设备使用。',
  'Which table the entry belongs to: self (the port\'s own, often in hardware; the default), master (the bridge\'s), use or router.':
    '条目所属的表：self（端口自身的表，通常在硬件中；默认）、master（网桥的表）、use 或 router。',
  'IP address of the remote VXLAN endpoint this entry sends to.':
    '此条目发往的远端 VXLAN 端点的 IP 地址。',
  'MAC address of the static forwarding-database entry; required.':
    '静态转发数据库条目的 MAC 地址；必须设置。',
  'Name or index of the interface through which the remote VXLAN endpoint is reached.':
    '到达远端 VXLAN 端点所经接口的名称或索引。',
  'VLAN ID of the forwarding-database entry; without it the entry has no VLAN.':
    '转发数据库条目的 VLAN ID；不设置时条目不带 VLAN。',
  'VXLAN network identifier (1 to 16777215) used to reach the remote endpoint.':
    '到达远端端点所用的 VXLAN 网络标识符（1 到 16777215）。',
  'IPv4 or IPv6 multicast group to add this port to in the bridge\'s group database; required.':
    '在网桥组数据库中将此端口加入的 IPv4 或 IPv6 组播组；必须设置。',
  'VLAN of the multicast group entry, 0 (none, the default) to 4094.':
    '组播组条目的 VLAN，0（无，默认）到 4094。',
  'VLAN IDs or ranges (a-b) whose frames leave this port without a tag.':
    '从此端口发出时不带标签的 VLAN ID 或范围（a-b）。',
  'VLAN given to untagged frames that arrive on this port.':
    '分配给到达此端口的无标签帧的 VLAN。',
  'VLAN IDs or ranges (a-b) this bridge port belongs to.':
    '此网桥端口所属的 VLAN ID 或范围（a-b）。',
  'Bit rate of the CAN bus in bits per second (K, M allowed, base 1000).':
    'CAN 总线的比特率，单位为比特每秒（可用 K、M，以 1000 为基数）。',
  'Report CAN bus errors (bit, stuffing, format, ...) from the controller.':
    '报告控制器检测到的 CAN 总线错误（位错误、填充错误、格式错误等）。',
  'Handle the 4-bit data length code of classic CAN frames.':
    '处理经典 CAN 帧的 4 位数据长度码（DLC）。',
  'Bit rate of the CAN-FD data phase, in bits per second (K, M allowed, base 1000).':
    'CAN-FD 数据阶段的比特率，单位为比特每秒（可用 K、M，以 1000 为基数）。',
  'Phase buffer segment 1 of the CAN-FD data phase, in time quanta.':
    'CAN-FD 数据阶段的相位缓冲段 1，以时间量子计。',
  'Phase buffer segment 2 of the CAN-FD data phase, in time quanta.':
    'CAN-FD 数据阶段的相位缓冲段 2，以时间量子计。',
  'Propagation segment of the CAN-FD data phase, in time quanta.':
    'CAN-FD 数据阶段的传播段，以时间量子计。',
  'Sample point of the CAN-FD data phase, in percent (87.5%) or per mille.':
    'CAN-FD 数据阶段的采样点，以百分比（87.5%）或千分比表示。',
  'Synchronisation jump width of the CAN-FD data phase, in time quanta.':
    'CAN-FD 数据阶段的同步跳转宽度，以时间量子计。',
  'Length of a time quantum in the CAN-FD data phase, in nanoseconds.':
    'CAN-FD 数据阶段中一个时间量子的长度，单位为纳秒。',
  'Use CAN-FD on the interface; set the data phase timing too.':
    '在接口上使用 CAN-FD；还需设置数据阶段的时序。',
  'Use the non-ISO variant of CAN-FD.':
    '使用非 ISO 版本的 CAN-FD。',
  'Only listen: the controller neither sends frames nor acknowledges them.':
    '只监听：控制器既不发送帧，也不应答帧。',
  'Loop the frames the interface sends back as received ones, for testing.':
    '将接口发送的帧回环为接收帧，用于测试。',
  'Send each frame once, without retrying when it is not acknowledged.':
    '每帧只发送一次，未获应答时不重试。',
  'Phase buffer segment 1 of the bit timing, in time quanta.':
    '位时序的相位缓冲段 1，以时间量子计。',
  'Phase buffer segment 2 of the bit timing, in time quanta.':
    '位时序的相位缓冲段 2，以时间量子计。',
  'Ignore missing acknowledgements from the bus.':
    '忽略总线上缺失的应答（ACK）。',
  'Propagation segment of the bit timing, in time quanta.':
    '位时序的传播段，以时间量子计。',
  'Delay before the controller restarts by itself after a bus-off; 0 or infinity turns this off.':
    '总线关闭（bus-off）后控制器自动重启前的延迟；0 或 infinity 表示关闭自动重启。',
  'Point in the bit where it is sampled, in percent (87.5%) or per mille; needs BitRate=.':
    '在一个位内采样的位置，以百分比（87.5%）或千分比表示；需要 BitRate=。',
  'Synchronisation jump width of the bit timing, in time quanta.':
    '位时序的同步跳转宽度，以时间量子计。',
  'Bus termination resistor: yes (120 ohm), no, or a value in ohm.':
    '总线终端电阻：yes（120 欧姆）、no，或以欧姆为单位的阻值。',
  'Length of a time quantum of the bit timing, in nanoseconds.':
    '位时序中一个时间量子的长度，单位为纳秒。',
  'Sample each bit three times and take the majority.':
    '对每个位采样三次并取多数结果。',
  'Link state of the virtual function: yes (up even while the physical function is down), no (its packets are dropped) or auto (follows the physical function).':
    '虚拟功能的链路状态：yes（即使物理功能断开也保持连通）、no（丢弃其发送的包）或 auto（跟随物理功能）。',
  'MAC address to give the virtual function.':
    '要分配给虚拟功能的 MAC 地址。',
  'Drop frames the virtual function sends with a source MAC address not its own.':
    '丢弃虚拟功能以非自身源 MAC 地址发送的帧。',
  'VLAN priority (QoS) of the virtual function\'s traffic.':
    '虚拟功能流量的 VLAN 优先级（QoS）。',
  'Let the virtual function query its receive-side scaling setup, which some devices share with the physical function.':
    '允许虚拟功能查询其接收端扩展（RSS）配置；某些设备上该配置与物理功能共用。',
  'Trust the virtual function, letting it change its MAC address and use promiscuous mode.':
    '信任虚拟功能，允许它更改自己的 MAC 地址并使用混杂模式。',
  'Index of the virtual function these settings are for (from 0); required, and the function must already exist.':
    '这些设置所针对的虚拟功能的索引（从 0 开始）；必须设置，且该虚拟功能须已存在。',
  'VLAN (1 to 4095) the virtual function\'s traffic is tagged with.':
    '为虚拟功能流量打上的 VLAN 标签（1 到 4095）。',
  'Tag protocol of the virtual function\'s VLAN: 802.1Q or 802.1ad.':
    '虚拟功能 VLAN 的标签协议：802.1Q 或 802.1ad。',
});
