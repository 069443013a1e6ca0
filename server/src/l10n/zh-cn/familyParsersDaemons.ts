// Simplified Chinese for the value labels and messages of schema/families/parsers/daemons.ts and values/families/daemons.ts, keyed by their English.
export const daemonParserTextZh = (): Readonly<Record<string, string>> => ({
  'capability names or numbers, or all': '能力名称或编号，或 all',
  'system call names and @groups (~ first: a deny list)': '系统调用名称和 @组（以 ~ 开头：拒绝列表）',
  'CPU indices and ranges (0-3 8)': 'CPU 编号和范围（0-3 8）',
  '[+]SOURCE[:DESTINATION[:OPTIONS]]': '[+]源[:目标[:选项]]',
  'LOWER:UPPER, or LOWER...:UPPER:DESTINATION': '下层:上层，或 下层...:上层:目标',
  '/PATH[:OPTIONS]': '/路径[:选项]',
  'DNS server addresses ([ADDRESS]:PORT%IFACE#NAME)': 'DNS 服务器地址（[地址]:端口%接口#名称）',
  'capability names (~ first: all but these)': '能力名称（以 ~ 开头：除这些之外的全部）',
  'list of architectures': '架构列表',
  'journal link mode': '日志链接模式',
  '128-bit ID (32 hex digits or a UUID)': '128 位 ID（32 个十六进制数字或 UUID）',
  '[tcp:|udp:][HOST_PORT:]CONTAINER_PORT': '[tcp:|udp:][主机端口:]容器端口',
  'boolean, or a size above which entries are compressed': '布尔值，或超过即压缩条目的大小',
  'byte size (at least 79)': '字节大小（至少 79）',
  'number of virtual terminals (0..15)': '虚拟终端数量（0..15）',
  'byte size or percentage of memory': '字节大小或内存百分比',
  'percentage (0% to 100%)': '百分比（0% 到 100%）',
  'file system for new home areas': '新建主目录区域的文件系统',
  'byte size or infinity': '字节大小或 infinity',
  '[udp:|tcp:]address[:port]': '[udp:|tcp:]地址[:端口]',
  'log target': '日志目标',
  'boolean or virtual terminal number (1..63)': '布尔值或虚拟终端编号（1..63）',
  'boolean, auto or error': '布尔值、auto 或 error',
  'default output': '默认输出',
  'time span, default or off': '时间长度、default 或 off',
  'user names': '用户名',
  'boolean (obsolete after systemd 256)': '布尔值（systemd 256 之后已过时）',
  'boolean, pick, identity, or UID[:RANGE]': '布尔值、pick、identity 或 UID[:范围]',
});

/** The daemons' value messages, with the same {placeholders}. */
export const daemonMessagesZh = (): Readonly<Record<string, string>> => ({
  '\'{value}\' is not a capability: {key}= skips it (write names such as CAP_NET_ADMIN, or all).':
    '“{value}”不是能力：{key}= 会跳过它（请写 CAP_NET_ADMIN 这样的名称，或 all）。',
  '\'{value}\' is not a capability: systemd drops it from the set without a word.': '“{value}”不是能力：systemd 会不加提示地将其从集合中去掉。',
  '\'{value}\' is not a system call or group systemd {version} knows: nspawn skips it when the container starts.':
    '“{value}”不是 systemd {version} 认识的系统调用或组：nspawn 在启动容器时会跳过它。',
  'nspawn ignores {key}={value}: write [+]SOURCE[:DESTINATION[:OPTIONS]], with an absolute destination (alone, SOURCE must be absolute).':
    'nspawn 会忽略 {key}={value}：请写 [+]源[:目标[:选项]]，目标须为绝对路径（只写源时，源须为绝对路径）。',
  'nspawn ignores {key}={value}: write LOWER:UPPER, or LOWER...:UPPER:DESTINATION with an absolute destination (a + before a source needs an absolute path).':
    'nspawn 会忽略 {key}={value}：请写 下层:上层，或 下层...:上层:目标，目标须为绝对路径（源前加 + 时须接绝对路径）。',
  'nspawn ignores {key}={value}: write an absolute PATH[:OPTIONS].': 'nspawn 会忽略 {key}={value}：请写绝对路径 路径[:选项]。',
  '\'{value}\' is not a DNS server: systemd skips it (write an address with an optional :port, %interface and #name, such as 9.9.9.9#dns.quad9.net).':
    '“{value}”不是 DNS 服务器：systemd 会跳过它（请写地址，可带 :端口、%接口 和 #名称，如 9.9.9.9#dns.quad9.net）。',
  'Compress={value} is ambiguous: journald reads it as {word}; write yes, no or a size such as 1K.':
    'Compress={value} 有歧义：journald 将其读作 {word}；请写 yes、no 或大小（如 1K）。',
  '\'{value}\' is neither a boolean nor a byte size (yes, no, 512, 1K).': '“{value}”既不是布尔值，也不是字节大小（yes、no、512、1K）。',
  '\'{value}\' is not a byte size: write a number with an optional K, M or G suffix (48K, 1M).':
    '“{value}”不是字节大小：请写一个数字，可带 K、M 或 G 后缀（48K、1M）。',
  '\'{value}\' is not a boolean: {key}= takes yes or no up to systemd {version}.': '“{value}”不是布尔值：在 systemd {version} 及之前，{key}= 取 yes 或 no。',
  '\'{value}\' is not a user name nspawn can bind: letters, digits, _ and -, starting with a letter or _, at most 31 characters.':
    '“{value}”不是 nspawn 可绑定的用户名：只能含字母、数字、_ 和 -，以字母或 _ 开头，最多 31 个字符。',
  'LineMax= below 79 is raised to 79.': 'LineMax= 小于 79 时会被提高到 79。',
  '\'{value}\' is not a percentage: {key}= takes a value from 0% to 100%, such as 60% or 12.5%.':
    '“{value}”不是百分比：{key}= 的值为 0% 到 100%，如 60% 或 12.5%。',
  '\'{value}\' is neither a boolean nor a virtual terminal number from 1 to 63.': '“{value}”既不是布尔值，也不是 1 到 63 的虚拟终端编号。',
  '\'{value}\' is not a time span: write a span such as 30s or 10min, default, or off.': '“{value}”不是时间长度：请写 30s、10min 这样的时间长度，或 default、off。',
  '\'{value}\' is not a port mapping: write [tcp:|udp:][HOST_PORT:]CONTAINER_PORT with ports from 1 to 65535 (8080:80).':
    '“{value}”不是端口映射：请写 [tcp:|udp:][主机端口:]容器端口，端口为 1 到 65535（8080:80）。',
  '\'{value}\' is not a PrivateUsers= value: write a boolean, pick, identity, or UID[:RANGE] (65536:65536).':
    '“{value}”不是 PrivateUsers= 的值：请写布尔值、pick、identity 或 UID[:范围]（65536:65536）。',
  '\'{value}\' is not a 128-bit ID: write 32 hexadecimal digits or a UUID.': '“{value}”不是 128 位 ID：请写 32 个十六进制数字或 UUID。',
  '\'{value}\' is not an address to listen on: write an IPv4 or IPv6 address, optionally with a port (192.168.1.1:53, [::1]:53).':
    '“{value}”不是可监听的地址：请写 IPv4 或 IPv6 地址，可带端口（192.168.1.1:53、[::1]:53）。',
});
