// Well-formed values per parser type class: the starting points the mutators bend. Type classes are the
// `type` column of data/systemd/systemd-parsers.tsv; a class without its own list uses the general one.

const TIME = ['5', '5s', '1min 30s', '1.5h', 'infinity', '0', '100ms', '2 weeks', '1y 2M', '3us', '10\u00b5s', '1h30', '2d', '250msec', '7 days 1hour'];
const SIZE = ['512M', '1G', '1.5G', '100', '1K', '8E', '0', '4096', '2T', '1024B', '.5K'];
const NUMBER = ['0', '1', '42', '4294967295', '4294967294', '65535', '0x10', '-1', '+5', '007', '18446744073709551615'];
const PATH = ['/var/lib/app', '-/etc/app.conf', '/a/../b', '/a//b', '/%i/x', '%t/app', '/tmp/'];

export const SEEDS: Readonly<Record<string, readonly string[]>> = {
  bool: ['yes', 'no', '1', '0', 'true', 'false', 'on', 'off', 'y', 'n', 't', 'f', 'YES', 'On'],
  sec: TIME, usec_fix_0: TIME, nsec: ['1', '50us', '1ms', '0', '1ns'], device_sec: TIME, timer: [...TIME, '5min', '1h 2min 3s'],
  unsigned: NUMBER, int: [...NUMBER, '-20', '19', '-5', '99', '-1000'],
  memory_size: [...SIZE, '50%', 'infinity', '12.34%'], iec_size: SIZE, rlimit: ['1024', '4096:8192', 'infinity', '1G', '10s', '0:infinity', '4096:1024', '1M'],
  tasks_max: ['512', '50%', 'infinity', '0'], percent: ['20%', '150%', '0%', '100%'], 'percent/permyriad': ['20%', '20.5%', '20.55%', '100%'],
  octal_mode: ['0755', '022', '0644', '7777', '0', '8', '00755'],
  path: PATH, path_strv: [...PATH, '/a /b', '-/x +/y', '"/a b"'], dir_list: ['app', 'app/sub', 'a b', 'app:link', '/abs', '../up', 'a/./b'],
  exec: ['/bin/true', '-/bin/false x', '@/bin/sh sh -c "echo hi"', '+/usr/bin/env A=1', 'true', '!!/bin/x', ':/bin/x $A ${B}', '/bin/echo \\-x', '/bin/a ; /bin/b', 'sh -c "x"'],
  signal: ['SIGTERM', 'TERM', 'SIGRTMIN+3', '9', 'SIGKILL', 'HUP', 'SIGRTMAX-1'],
  user: ['root', 'nobody', 'www-data', '1000', 'my user', '%u', 'a.b', '0', '-x', 'user$'], user_list: ['root adm', 'wheel', '1000 1001'],
  unit_deps: ['network.target', 'a.service b.service', 'foo@bar.service', 'x.mount', 'bad', '-.mount'], unit_name: ['app.service', 'a@.service', 'x.socket', 'bad'],
  env_assignments: ['A=1', '"A=1 2" B=3', 'A=', 'PATH=/bin:%h', 'A.B=1', '1A=2', "'X=a b'"], env_names: ['A B', 'PATH', '1A'], env_names_or_assignments: ['A', 'A=1 B'],
  url_list: ['https://example.com', 'man:systemd(1)', 'file:/usr/share/doc', 'info:x', 'http://x http://y', 'ftp://x', 'foo'],
  cpu_set: ['0', '0-3', '1 2 3', '0,2,4', '3-1', 'all', '0-1023', '1-2,5'],
  device_access: ['/dev/null rw', '/dev/sda rwm', 'char-pts rw', 'block-loop', '/dev/null rwx', 'char-* r'],
  device_size: ['/dev/sda 10M', '/dev/sda infinity'], device_weight: ['/dev/sda 100'],
  'flag_list:coredump_filter': ['0x33', 'default', 'all', 'private-anonymous shared-anonymous', '0x7f', 'elf-headers'],
  syscall_list: ['@system-service', '~@mount', 'read write', '@privileged ~@swap', 'read:EPERM', 'foo', '~bar'],
  address_family_list: ['AF_INET AF_INET6', '~AF_PACKET', 'none', 'AF_UNIX'],
  capability_list: ['CAP_NET_ADMIN', '~CAP_SYS_ADMIN', 'CAP_CHOWN CAP_KILL', 'cap_net_raw'],
  credential: ['name:/path', 'name', 'a:b:c'], base64: ['aGVsbG8=', 'YQ==', 'not base64!'], base64_or_path: ['aGVsbG8=', '/path'],
  hex_or_path: ['0123456789abcdef', '/path/to/hash'], socket_address: ['80', '127.0.0.1:80', '[::1]:8080', '/run/app.sock', '@abstract', 'vsock:2:80'],
  ip_prefix_list: ['10.0.0.0/8', 'any localhost', '::1/128'], exit_status_list: ['0 1', 'SIGTERM', '255', '256', 'EXIT_SUCCESS'],
  condition_string: ['x', '!x', '|x', 'A=1', '>=5'], condition_path: ['/etc/x', '!/etc/x', '|/x', 'rel'],
  string: ['text', 'some words', 'x'], text: ['text'], fdname: ['name', 'a:b'], dbus_name: ['org.example.App', 'bad'],
  ifname: ['eth0', 'lo'], socket_bind_rule: ['any', 'ipv4:tcp:80', '8000-8080'],
};

/** Values of every class, for confusing one type with another. */
export const GENERAL: readonly string[] = [...new Set(Object.values(SEEDS).flat())];
