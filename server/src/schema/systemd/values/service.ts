// What each enum value means, in our own words: [Service] and kill settings.
export const serviceValueDocs: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Type: {
    simple: 'Started as soon as the main process has been forked, before the program even runs; the default when ExecStart= is set.',
    exec: 'Started once the main program has actually been executed, so a missing binary or bad user fails the start.',
    forking: 'The program daemonizes: started once the launched process exits, leaving its child as the main process (set PIDFile=).',
    oneshot: 'Runs to completion: started only after the process exits; allows several ExecStart= and no ExecStart= at all.',
    dbus: 'Started once the name in BusName= appears on the D-Bus system bus.',
    notify: 'Started when the program reports READY=1 through sd_notify(); NotifyAccess= defaults to main.',
    'notify-reload': 'Like notify, and reloads are done by sending a signal (SIGHUP by default) and waiting for a new READY=1.',
    idle: 'Like simple, but the program is held back until other start jobs are done (at most a few seconds), to keep console output clean.',
  },
  KillMode: {
    'control-group': 'On stop, every process left in the unit\'s cgroup gets the stop signal and, later, SIGKILL (the default).',
    mixed: 'The stop signal goes to the main process only; SIGKILL afterwards still goes to every process in the cgroup.',
    process: 'Only the main process is signalled; its children are left running, which is rarely what you want.',
    none: 'No process is killed, only ExecStop= runs; deprecated, since leftovers escape the service\'s life cycle.',
  },
  Restart: {
    no: 'Never restart automatically (the default).',
    'on-success': 'Restart only after a clean exit: code 0, SuccessExitStatus= codes, or SIGHUP/SIGINT/SIGTERM/SIGPIPE.',
    'on-failure': 'Restart after an unclean exit code, a fatal signal, a timeout or a watchdog failure.',
    'on-abnormal': 'Restart after a fatal signal, a timeout or a watchdog failure, but not after an unclean exit code.',
    'on-watchdog': 'Restart only when the watchdog timeout expires.',
    'on-abort': 'Restart only when the main process dies from a signal not counted as clean.',
    always: 'Restart whenever the service stops, clean or not, unless it was stopped on purpose.',
  },
  RestartMode: {
    normal: 'The restart goes through the usual stop and start, taking units that depend on it along.',
    direct: 'The service goes straight back to starting, so units that depend on it are not stopped.',
    debug: 'Like normal, but the restarted service runs with debug logging turned on.',
  },
  NotifyAccess: {
    none: 'Status notifications are ignored.',
    main: 'Only the main process may send notifications.',
    exec: 'Processes started from Exec*= commands may send notifications, but not their children.',
    all: 'Any process in the service\'s cgroup may send notifications.',
  },
  ExitType: {
    main: 'The service ends when its main process exits.',
    cgroup: 'The service ends only when the last process in its cgroup has exited.',
  },
  OOMPolicy: {
    continue: 'Log the OOM kill and keep the service running.',
    stop: 'Log the OOM kill and stop the service cleanly.',
    kill: 'Kill all of the service\'s remaining processes too.',
  },
  TimeoutStartFailureMode: {
    terminate: 'Send the stop signal and stop the service normally.',
    abort: 'Send SIGABRT so the processes dump core.',
    kill: 'Send SIGKILL right away.',
  },
};
