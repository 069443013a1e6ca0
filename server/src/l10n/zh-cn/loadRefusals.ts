// Simplified Chinese for the load-time refusals: units systemd will not load at all
// (rules/systemd/*Checks.ts, sliceName.ts, socketPaths.ts, pamKillMode.ts), with the related-information
// lines that point at the culprits, and the configurations supervisord will not start from.
export const loadRefusalMessages = (): Readonly<Record<string, string>> => ({
  // Services.
  'RestartForceExitStatus= is not allowed with Type=oneshot: systemd refuses to load the service.': 'Type=oneshot 不允许 RestartForceExitStatus=：systemd 会拒绝加载该服务。',
  'KillMode={value} cannot be used with PAMName=: the {type} must use KillMode={first} or KillMode={second}. systemd refuses to load it.':
    'KillMode={value} 不能与 PAMName= 一起使用：这个 {type} 单元必须使用 KillMode={first} 或 KillMode={second}。systemd 会拒绝加载它。',
  'KillMode={value} cannot be used with PAMName=: the {type} must use KillMode={allowed}. systemd refuses to load it.':
    'KillMode={value} 不能与 PAMName= 一起使用：这个 {type} 单元必须使用 KillMode={allowed}。systemd 会拒绝加载它。',
  '{key}={value} needs exactly one {dependency}= unit, but {n} are named: systemd refuses to load the unit.':
    '{key}={value} 需要恰好一个 {dependency}= 单元，但这里指定了 {n} 个：systemd 会拒绝加载该单元。',
  // Sockets.
  'The socket has nothing to listen on ({why:msg}): systemd refuses to load it.': '该套接字没有可监听的对象（{why:msg}）：systemd 会拒绝加载它。',
  'there is no ListenStream=, ListenDatagram=, ListenFIFO=, ...': '没有 ListenStream=、ListenDatagram=、ListenFIFO= 等',
  'systemd ignores or clears every Listen*= line here': 'systemd 会忽略或清除这里的每一行 Listen*=',
  '{key}= is ignored or cleared': '{key}= 被忽略或清除',
  'Accept=yes needs listeners that take connections (ListenStream=, ListenSequentialPacket=); {names} cannot: systemd refuses to load the socket.':
    'Accept=yes 需要能接受连接的监听项（ListenStream=、ListenSequentialPacket=）；{names} 不能接受连接：systemd 会拒绝加载该套接字。',
  '{key}= does not accept connections': '{key}= 不接受连接',
  'MaxConnections=0 with Accept=yes would never take a connection: systemd refuses to load the socket.':
    '在 Accept=yes 下，MaxConnections=0 意味着永远不接受任何连接：systemd 会拒绝加载该套接字。',
  'Service= cannot be used with Accept=yes: each connection starts an instance of the template service named after the socket. systemd refuses to load the socket.':
    'Service= 不能与 Accept=yes 一起使用：每个连接都会启动一个以该套接字命名的模板服务的实例。systemd 会拒绝加载该套接字。',
  'This socket path is {n} bytes; a Unix socket path holds at most {max}. systemd ignores the line (and refuses the socket when nothing else is left to listen on).':
    '此套接字路径有 {n} 字节；Unix 套接字路径最多只能有 {max} 字节。systemd 会忽略此行（没有其他可监听的对象时会拒绝该套接字）。',
  'Symlinks= needs exactly one listener with a path in the file system to point at, but {why:msg}: systemd refuses to load the socket.':
    'Symlinks= 需要恰好一个带文件系统路径的监听项作为链接目标，但{why:msg}：systemd 会拒绝加载该套接字。',
  '{n} listeners have one': '有 {n} 个监听项带路径',
  'no listener has one': '没有任何监听项带路径',
  // Timers and path units.
  'The timer has nothing to elapse on ({why:msg}; nor OnClockChange=yes): systemd refuses to load it.':
    '该定时器没有任何触发条件（{why:msg}；也没有 OnClockChange=yes）：systemd 会拒绝加载它。',
  'no OnCalendar=, OnBootSec=, OnUnitActiveSec= or other': '没有 OnCalendar=、OnBootSec=、OnUnitActiveSec= 或其他时间设置',
  'systemd ignores or clears every time setting here': 'systemd 会忽略或清除这里的每一项时间设置',
  'The path unit watches nothing ({why:msg}): systemd refuses to load it.': '该路径单元没有监视任何对象（{why:msg}）：systemd 会拒绝加载它。',
  'no PathExists=, PathChanged=, PathModified=, DirectoryNotEmpty=, ...': '没有 PathExists=、PathChanged=、PathModified=、DirectoryNotEmpty= 等',
  'systemd ignores or clears every path setting here': 'systemd 会忽略或清除这里的每一项路径设置',
  // Mounts, automounts, swaps and slices.
  'The mount has no What= (the device or file system to mount): systemd refuses to load it.': '该挂载单元没有 What=（要挂载的设备或文件系统）：systemd 会拒绝加载它。',
  '{key}={value} does not match the unit name: systemd refuses to load {name}. A unit for this path must be named {expected}.':
    '{key}={value} 与单元名不符：systemd 会拒绝加载 {name}。这个路径的单元必须命名为 {expected}。',
  '{path} is an API file system that systemd mounts itself (or leaves alone): it refuses to load a mount unit for it.':
    '{path} 是 systemd 自己挂载（或有意不管）的 API 文件系统：systemd 会拒绝为它加载挂载单元。',
  'An automount cannot be set up on the root directory: systemd refuses to load it.': '不能在根目录上设置自动挂载：systemd 会拒绝加载它。',
  'ExtraOptions= may not hold \'{name}\': the automounter sets it itself, and systemd refuses to load the unit.':
    'ExtraOptions= 不能包含“{name}”：自动挂载程序会自己设置它，systemd 会拒绝加载该单元。',
  '{name} is not a valid slice name ({problem:msg}; dashes separate the levels of the slice tree): systemd refuses to load it.':
    '{name} 不是有效的切片名（{problem:msg}；短横线用来分隔切片树的各级）：systemd 会拒绝加载它。',
  'a slice cannot be a template or an instance': '切片不能是模板或实例',
  'it starts with a dash': '它以短横线开头',
  'it ends with a dash': '它以短横线结尾',
  'it has two dashes in a row': '它有两个连续的短横线',
  // supervisord.
  '[{section}] is not [supervisord] (section names are exact): supervisord finds no [supervisord] section and refuses to start.':
    '[{section}] 不是 [supervisord]（节名必须完全一致）：supervisord 找不到 [supervisord] 节，会拒绝启动。',
  '[{section}] is not [supervisord]: supervisord ignores it (the main config {path} has the real one).':
    '[{section}] 不是 [supervisord]：supervisord 会忽略它（主配置 {path} 中有真正的 [supervisord]）。',
  '\'{name}\' cannot be a user name (it has characters account names never hold): supervisord refuses it.':
    '“{name}”不能作为用户名（其中有账户名从不包含的字符）：supervisord 会拒绝它。',
  'This socket path is {n} bytes: supervisord first binds \'<file>.<pid>\', and a Unix socket path holds at most {max}, so it cannot start its server ("AF_UNIX path too long"). Keep it under {limit} bytes.':
    '此套接字路径有 {n} 字节：supervisord 会先绑定“<file>.<pid>”，而 Unix 套接字路径最多只能有 {max} 字节，所以它无法启动服务器（"AF_UNIX path too long"）。请让路径短于 {limit} 字节。',
  'This socket path is {n} bytes: supervisord first binds \'<file>.<pid>\' (at most {max} bytes), so it starts only while its pid has at most {digits} digits. Keep it under {limit} bytes.':
    '此套接字路径有 {n} 字节：supervisord 会先绑定“<file>.<pid>”（最多 {max} 字节），所以只有当它的 pid 不超过 {digits} 位时才能启动。请让路径短于 {limit} 字节。',
  'This socket path is {n} bytes: supervisord first binds \'<file>.<pid>\' (at most {max} bytes), so it starts only while its pid has at most {digits} digit. Keep it under {limit} bytes.':
    '此套接字路径有 {n} 字节：supervisord 会先绑定“<file>.<pid>”（最多 {max} 字节），所以只有当它的 pid 不超过 {digits} 位时才能启动。请让路径短于 {limit} 字节。',
  '\'{value}\' is not a format supervisord understands: a percent sign is \'%%\', with nothing between.':
    '“{value}”不是 supervisord 能理解的格式：百分号要写成“%%”，中间不能有别的字符。',
});
