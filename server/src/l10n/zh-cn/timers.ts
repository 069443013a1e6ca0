// Simplified Chinese for timers: the calendar rule's messages, and the lines of the timer hover
// (features/timerHover.ts), translated line by line where the hover leaves the core.
export const timerMessages = (): Readonly<Record<string, string>> => ({
  // The never-elapses rule.
  '{setting} never elapses: {why:msg}. systemd accepts it, and the timer does not fire for it.': '{setting} 永远不会到期：{why:msg}。systemd 会接受它，但定时器不会因它触发。',
  '{setting} no longer elapses: {why:msg}. systemd accepts it, and the timer does not fire for it.': '{setting} 不会再到期：{why:msg}。systemd 会接受它，但定时器不会因它触发。',
  'no date matches all of its fields (for example a weekday none of its dates falls on)': '没有哪个日期能同时满足它的所有字段（例如它的日期都不落在所写的星期几上）',
  'every time it names is in the past': '它指定的每个时间都已经过去',
  'systemd gives up computing its next elapse ("Infinite loop in calendar calculation")': 'systemd 计算下一次到期时间时放弃了（"Infinite loop in calendar calculation"）',
  // The timer hover, one line at a time. {unit:msg} is a code span or the words below; the code span
  // around {value} keeps those words from being split at their first space.
  'the service named like this timer': '与此定时器同名的服务',
  'systemd refuses {value} as a calendar event, so it never starts {unit:msg}.': 'systemd 不接受 {value} 作为日历事件，所以永远不会启动 {unit:msg}。',
  'Starts {unit:msg} at {event} (systemd\'s normalized form).': '在 {event}（systemd 的规范形式）启动 {unit:msg}。',
  'systemd gives up computing when it elapses next ("Infinite loop in calendar calculation"): the timer does not fire.': 'systemd 计算下一次到期时间时放弃了（"Infinite loop in calendar calculation"）：定时器不会触发。',
  'It no longer elapses: every time it names is in the past.': '它不会再到期：它指定的每个时间都已经过去。',
  'It never elapses: no date matches all of its fields. systemd accepts it, and the timer never fires.': '它永远不会到期：没有哪个日期能同时满足它的所有字段。systemd 会接受它，但定时器永远不会触发。',
  '| Next elapses ({zone}) | UTC |': '| 接下来的到期时间（{zone}） | UTC |',
  '| Next elapses (UTC) |': '| 接下来的到期时间（UTC） |',
  'Then systemd gives up computing the next one ("Infinite loop in calendar calculation") and the timer stops.': '之后 systemd 计算下一次时放弃了（"Infinite loop in calendar calculation"），定时器就此停止。',
  'After these it does not elapse again.': '此后它不会再到期。',
  'Starts {unit:msg} `{value}` after the machine booted.': '机器启动后 `{value}` 启动 {unit:msg}。',
  'Starts {unit:msg} `{value}` after the service manager started (for a user manager: when the user\'s first session began).': '服务管理器启动后 `{value}` 启动 {unit:msg}（对用户管理器而言：用户的第一个会话开始时）。',
  'Starts {unit:msg} `{value}` after this timer was started.': '此定时器启动后 `{value}` 启动 {unit:msg}。',
  'Starts {unit:msg} `{value}` after {again:msg} last started, so every start schedules the next one: a repeating run.': '在 {again:msg} 上次启动后 `{value}` 启动 {unit:msg}，因此每次启动都会安排下一次：这是重复运行。',
  'Starts {unit:msg} `{value}` after {again:msg} last stopped or finished: a repeating run that waits for the previous one to end.': '在 {again:msg} 上次停止或结束后 `{value}` 启动 {unit:msg}：这是等上一次结束后才开始的重复运行。',
  '- {setting}: each run waits a further random time up to {delay}, drawn anew every time.': '- {setting}：每次运行再额外随机等待最多 {delay}，每次重新抽取。',
  '- {setting}: systemd may start it up to {accuracy} late, to wake the machine once for several timers.': '- {setting}：systemd 可能最多推迟 {accuracy} 启动它，以便为多个定时器只唤醒机器一次。',
  '- {setting}: applies to OnCalendar= only, not to this trigger.': '- {setting}：只对 OnCalendar= 起作用，对这个触发条件无效。',
  '- {setting}: a run missed while the machine was off happens as soon as the timer starts again.': '- {setting}：机器关机期间错过的运行会在定时器再次启动后立即补上。',
  '- {setting}: runs missed while the machine was off are not caught up.': '- {setting}：机器关机期间错过的运行不会补上。',
});
