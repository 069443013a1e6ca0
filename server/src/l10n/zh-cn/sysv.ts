// Simplified Chinese for SysV init scripts (server/src/sysv/): the LSB header checks, the hover and
// completion texts, and the comments of a converted unit.
export const sysvMessages = (): Readonly<Record<string, string>> => ({
  'No LSB header (### BEGIN INIT INFO): systemd-sysv-generator starts this script with no ordering against other services, in the runlevels its rcN.d links name.':
    '没有 LSB 头（### BEGIN INIT INFO）：systemd-sysv-generator 启动这个脚本时不会让它与其他服务排序，只在其 rcN.d 链接所指的运行级别中启动。',
  'The LSB header stops here without ### END INIT INFO: Debian\'s tools stop reading it at the first line that is not a comment.':
    'LSB 头在这里中断，缺少 ### END INIT INFO：Debian 的工具读到第一个不是注释的行就停止。',
  'Not an LSB header line: write "# Keyword: value"; only Description goes on over lines that start with # and a tab or two blanks.':
    '不是 LSB 头的行：应写成 "# Keyword: value"；只有 Description 可以续行，续行以 # 加一个制表符或两个空格开头。',
  'The LSB header has no {keyword} line: Debian\'s tools expect one, empty when there is nothing to say.':
    'LSB 头缺少 {keyword} 行：Debian 的工具要求有这一行，没有内容时也应留空写出。',
  'No Short-Description: systemd names the generated unit after it (Description=LSB: ...).':
    '没有 Short-Description：systemd 用它给生成的单元命名（Description=LSB: ...）。',
  'Unknown LSB keyword {keyword}: init tools skip it. Extensions start with X-.': '未知的 LSB 关键字 {keyword}：init 工具会跳过它。扩展关键字以 X- 开头。',
  'Unknown LSB keyword {keyword}: init tools skip it. Did you mean {name}?': '未知的 LSB 关键字 {keyword}：init 工具会跳过它。你是想写 {name} 吗？',
  '{keyword} appears more than once: tools disagree on which line counts, keep one.': '{keyword} 出现了不止一次：各工具认定的行不同，只保留一行。',
  '{word} is not a runlevel: runlevels are 0 to 6 and S.': '{word} 不是运行级别：运行级别是 0 到 6 和 S。',
  'Default-Start has runlevel {word} ({meaning}): services are stopped there, not started.': 'Default-Start 含有运行级别 {word}（{meaning}）：服务在这里应被停止，而不是启动。',
  'Runlevel {word} is in both Default-Start and Default-Stop.': '运行级别 {word} 同时出现在 Default-Start 和 Default-Stop 中。',
  'Provides does not name this script ({name}): systemd calls the unit {name}.service, and insserv knows the script only by the names it provides.':
    'Provides 没有列出这个脚本的名字（{name}）：systemd 把单元叫作 {name}.service，而 insserv 只按脚本提供的名字认识它。',
  '{word} is not a facility insserv or systemd defines: systemd-sysv-generator orders the unit after {unit}, which nothing provides unless a script does.':
    '{word} 不是 insserv 或 systemd 定义的设施：systemd-sysv-generator 会把单元排在 {unit} 之后，而除非有脚本提供它，没有任何东西提供这个目标。',
  '{word} is the script behind {facility}: name the facility, so that the dependency holds whichever script provides it.':
    '{word} 是提供 {facility} 的脚本：请写设施名，这样无论由哪个脚本提供，依赖都成立。',
  '$all starts this script after every other one under insserv; systemd-sysv-generator turns it into After=all.target, which no unit provides, so under systemd it orders nothing.':
    '在 insserv 下，$all 让这个脚本在所有其他脚本之后启动；systemd-sysv-generator 把它变成 After=all.target，而没有单元提供它，所以在 systemd 下它不起排序作用。',
  'X-Interactive takes true or false.': 'X-Interactive 的值是 true 或 false。',
  '{word} names a facility, not a runlevel.': '{word} 是设施名，不是运行级别。',
  // Hover.
  '**Under systemd:** {text}': '**在 systemd 下：** {text}',
  'systemd-sysv-generator orders the unit after `{unit}`.': 'systemd-sysv-generator 把单元排在 `{unit}` 之后。',
  'systemd-sysv-generator drops it: systemd mounts local file systems and starts the journal before any service.':
    'systemd-sysv-generator 会忽略它：systemd 在启动任何服务之前就已挂载本地文件系统并启动日志。',
  'A facility neither the LSB nor Debian defines: systemd-sysv-generator orders the unit after `{unit}`.': 'LSB 和 Debian 都没有定义的设施：systemd-sysv-generator 把单元排在 `{unit}` 之后。',
  'Another init script or service: systemd-sysv-generator orders the unit after `{unit}`.': '另一个 init 脚本或服务：systemd-sysv-generator 把单元排在 `{unit}` 之后。',
  'Another init script or service: systemd-sysv-generator orders the unit before `{unit}`.': '另一个 init 脚本或服务：systemd-sysv-generator 把单元排在 `{unit}` 之前。',
  'This script itself: systemd-sysv-generator skips it.': '就是这个脚本本身：systemd-sysv-generator 会跳过它。',
  'Runlevel {level}: {meaning}.': '运行级别 {level}：{meaning}。',
  'Under systemd: `{target}`.': '在 systemd 下：`{target}`。',
  'systemd-sysv-generator makes no dependency for it.': 'systemd-sysv-generator 不为它生成依赖。',
  'A name this script provides: systemd makes `{unit}` an alias of it.': '这个脚本提供的名字：systemd 把 `{unit}` 作为它的别名。',
  'A facility this script provides: the generated unit orders itself before `{unit}` and pulls it in.': '这个脚本提供的设施：生成的单元排在 `{unit}` 之前并拉起它。',
  // Completion.
  'LSB keyword (Debian expects it)': 'LSB 关键字（Debian 要求有）',
  'LSB keyword': 'LSB 关键字',
  'dropped by systemd': 'systemd 忽略',
  // Conversion.
  'Convert to a systemd service ({unit})': '转换为 systemd 服务（{unit}）',
  'Converted from the SysV init script {path} by daemon-config.': '由 daemon-config 从 SysV init 脚本 {path} 转换而来。',
  'Runs the script itself, as systemd-sysv-generator would: daemon-config did not find how it starts its daemon.':
    '与 systemd-sysv-generator 一样直接运行脚本：daemon-config 没有找到脚本如何启动其守护进程。',
  'Runs the daemon the script starts with {tool} (line {line}) instead of the script.': '不运行脚本，而是运行脚本用 {tool}（第 {line} 行）启动的守护进程。',
  'Type=forking is inferred: the script starts the daemon without --background, so the daemon puts itself in the background.':
    'Type=forking 是推断出来的：脚本启动守护进程时没有用 --background，所以守护进程会自己转入后台。',
  'Type=forking is inferred: the script starts the daemon without --background, so the daemon puts itself in the background and writes its pid file.':
    'Type=forking 是推断出来的：脚本启动守护进程时没有用 --background，所以守护进程会自己转入后台并写入 pid 文件。',
  'Type=simple: the script used --background, so the daemon stays in the foreground.': 'Type=simple：脚本使用了 --background，所以守护进程留在前台。',
  'Variables the script reads from its defaults file.': '脚本从其默认值文件读取的变量。',
  'The script runs as root and may do more than start the daemon (create folders, check the configuration): check what it does before it starts the daemon.':
    '脚本以 root 运行，可能不只是启动守护进程（创建文件夹、检查配置）：请检查它在启动守护进程之前做了什么。',
});

const KEYWORD_TEXT: readonly [string, string][] = [
  ['The facility names this script provides, usually just its own file name. Other scripts name them in their Required-Start and Should-Start lines.', '这个脚本提供的设施名，通常就是它自己的文件名。其他脚本在 Required-Start 和 Should-Start 行中引用这些名字。'],
  ['Each other service name becomes an alias of the generated unit; a `$facility` makes the unit order itself before, and pull in, the matching target.', '其他每个服务名都成为生成单元的别名；`$facility`（设施）则让单元排在对应目标之前并拉起它。'],
  ['Facilities that must be running before this script starts.', '这个脚本启动之前必须已在运行的设施。'],
  ['Each facility becomes an `After=` dependency of the generated unit (`$network` also `Wants=network-online.target`).', '每个设施都成为生成单元的 `After=` 依赖（`$network` 还会加上 `Wants=network-online.target`）。'],
  ['Facilities that must still be running when this script stops, so they are stopped after it.', '这个脚本停止时必须仍在运行的设施，因此它们在它之后停止。'],
  ['Not read: systemd stops units in the reverse order of the start dependencies.', '不读取：systemd 按启动依赖的相反顺序停止单元。'],
  ['Facilities to start before this script when they are present; a missing one is not an error.', '存在时应在这个脚本之前启动的设施；缺少也不算错误。'],
  ['Read like Required-Start: each facility becomes an `After=` dependency.', '与 Required-Start 一样读取：每个设施都成为 `After=` 依赖。'],
  ['Facilities to stop after this script when they are present.', '存在时应在这个脚本之后停止的设施。'],
  ['Not read.', '不读取。'],
  ['A Debian (insserv) extension: facilities that this script must start before, the reverse of Should-Start.', 'Debian（insserv）的扩展：这个脚本必须在其之前启动的设施，与 Should-Start 方向相反。'],
  ['Each facility becomes a `Before=` dependency of the generated unit.', '每个设施都成为生成单元的 `Before=` 依赖。'],
  ['An extension read by systemd-sysv-generator: facilities that this script starts after, like Should-Start.', 'systemd-sysv-generator 读取的扩展：这个脚本在其之后启动的设施，与 Should-Start 相同。'],
  ['Each facility becomes an `After=` dependency.', '每个设施都成为 `After=` 依赖。'],
  ['A Debian (insserv) extension: facilities that this script must stop after, the reverse of Should-Stop.', 'Debian（insserv）的扩展：这个脚本必须在其之后停止的设施，与 Should-Stop 方向相反。'],
  ['The runlevels (0-6, S) in which the script is started when enabled. On Debian, update-rc.d makes the rcN.d links from it.', '启用后脚本在哪些运行级别（0-6、S）启动。在 Debian 上，update-rc.d 据此创建 rcN.d 链接。'],
  ['The generator reads the rcN.d links, not this line: runlevel 1 means `rescue.target`, 2, 3 and 4 `multi-user.target`, 5 `graphical.target`; the unit is wanted by those targets.', '生成器读取 rcN.d 链接而不是这一行：运行级别 1 对应 `rescue.target`，2、3、4 对应 `multi-user.target`，5 对应 `graphical.target`；这些目标会拉起该单元。'],
  ['The runlevels in which the script is stopped; usually 0 1 6 (halt, single user, reboot).', '脚本在哪些运行级别停止；通常是 0 1 6（关机、单用户、重启）。'],
  ['Not read: every generated unit is stopped at shutdown by its default dependencies.', '不读取：每个生成的单元都会因默认依赖在关机时停止。'],
  ['One line saying what the script starts.', '用一行说明脚本启动的是什么。'],
  ['Becomes `Description=LSB: ...` of the generated unit.', '成为生成单元的 `Description=LSB: ...`。'],
  ['A longer description. It may go on over the next lines, each starting with `#` and a tab or at least two blanks.', '较长的说明。可以在后面的行继续，每行以 `#` 加一个制表符或至少两个空格开头。'],
  ['Becomes `Description=LSB: ...` only when there is no Short-Description.', '只有没有 Short-Description 时才成为 `Description=LSB: ...`。'],
  ['A Debian (insserv) extension: `true` when the script may ask the user something on the console (a passphrase), so it is not started in parallel with others.', 'Debian（insserv）的扩展：脚本可能在控制台上向用户询问（如口令）时设为 `true`，这样它不会与其他脚本并行启动。'],
];

const FACILITY_TEXT: readonly [string, string][] = [
  ['The local file systems are mounted.', '本地文件系统已挂载。'],
  ['All file systems are mounted, network ones (NFS, ...) included; /usr is available.', '所有文件系统都已挂载，包括网络文件系统（NFS 等）；/usr 可用。'],
  ['The network is up: interfaces configured, so that a daemon can bind and connect.', '网络已就绪：接口已配置，守护进程可以绑定和连接。'],
  ['Host names can be resolved (a DNS server or the resolver is available).', '主机名可以解析（有 DNS 服务器或解析器可用）。'],
  ['The ONC RPC port mapper (rpcbind) is running.', 'ONC RPC 端口映射器（rpcbind）正在运行。'],
  ['The system logger is running.', '系统日志服务正在运行。'],
  ['The system clock is set (from the hardware clock or the network).', '系统时钟已设置（来自硬件时钟或网络）。'],
  ['After every other script: insserv starts it last. Meant for a few scripts only, as every script naming it is ordered after all others.', '在所有其他脚本之后：insserv 最后启动它。只适合少数脚本，因为每个引用它的脚本都会排在其他所有脚本之后。'],
  ['A Debian facility: the X display manager (gdm, lightdm, ...).', 'Debian 的设施：X 显示管理器（gdm、lightdm 等）。'],
  ['A Debian facility: the mail transport agent (exim, postfix, ...).', 'Debian 的设施：邮件传输代理（exim、postfix 等）。'],
  ['A Debian facility: the X font server.', 'Debian 的设施：X 字体服务器。'],
];

const RUNLEVEL_TEXT: Readonly<Record<string, string>> = {
  'halt (power off)': '关机（断电）', 'single user (rescue)': '单用户（救援）', 'multi-user': '多用户',
  'multi-user with a display manager': '带显示管理器的多用户', reboot: '重启', 'single user, once at boot': '单用户，启动时执行一次',
};

/** Keyword, facility and runlevel texts, English → Chinese (exact text). */
export const sysvTexts = (): Readonly<Record<string, string>> => ({
  ...Object.fromEntries(KEYWORD_TEXT), ...Object.fromEntries(FACILITY_TEXT), ...RUNLEVEL_TEXT,
});

