// systemd 252's own parsers, boundary by boundary. Each case at 252 agrees with `systemd-analyze verify`
// of systemd 252 (checked with the value fuzzer's oracle, test/fuzz/values/oracle.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, ok } from './helpers';

const accepts = (kind: string, key: string, values: string[], version = 252): void => {
  for (const v of values) assert.deepEqual(check(kind, v, key, version), [], `${key}=${v}`);
};
const refuses = (kind: string, key: string, values: string[], version = 252): void => {
  for (const v of values) assert.ok(check(kind, v, key, version).some((i) => i.severity === 'error'), `${key}=${v} should be an error`);
};
const warns = (kind: string, key: string, values: string[], version = 252): void => {
  for (const v of values) {
    const issues = check(kind, v, key, version);
    assert.ok(issues.length > 0 && issues.every((i) => i.severity === 'warning'), `${key}=${v} should be a warning`);
  }
};

describe('time spans as parse_time() reads them', () => {
  it('refuses numbers glued together, a dot without a digit, signs and overflow', () => {
    refuses('timespan', 'RestartSec', ['1.2.3s', '1.5.5', '2.', '2.s', '2. 5', '-5', '5mins', '18446744073709551614us', '584542y']);
  });
  it('takes a leading plus, a leading dot, a unit then more digits, and the largest span', () => {
    accepts('timespan', 'RestartSec', ['+5', '.5', '5 .5', '5s.5', '5sec5', '5min5', '1M', '5 s', '584541y', 'infinity']);
  });
  it('reads nanosecond settings with the same rules', () => {
    accepts('timespan', 'TimerSlackNSec', ['5ns', '1M', '.5', '+5']);
    refuses('timespan', 'TimerSlackNSec', ['1.2.3', '2.']);
  });
});

describe('sizes and limits', () => {
  it('reads sizes with falling suffixes, each once, and no leading dot', () => {
    for (const v of ['1G 512M', '1G512M', '1.5G', '5.K', '5 K', '+5K']) assert.ok(ok('bytes', v), v);
    for (const v of ['1.5.2G', '.5K', '5K 1K', '1K 5K', '0x10']) assert.ok(!ok('bytes', v), v);
  });
  it('refuses a soft limit above the hard one and suffixes on counts', () => {
    refuses('rlimit', 'LimitNOFILE', ['4096:1024', '1M', '1G', '1:2:3', '-1']);
    accepts('rlimit', 'LimitNOFILE', ['1024', '1024:4096', '4096:infinity', 'infinity', '0x10', '4096:4096']);
  });
  it('reads each resource in its own unit', () => {
    accepts('rlimit', 'LimitFSIZE', ['1M', '1G:2G']);
    refuses('rlimit', 'LimitFSIZE', ['2G:1G', '1.5.2G']);
    accepts('rlimit', 'LimitCPU', ['10s', '1min:2min']);
    accepts('rlimit', 'LimitNICE', ['+19', '-20', '40', '0']);
    refuses('rlimit', 'LimitNICE', ['+20', '-21', '41']);
  });
  it('keeps memory limits above 0 where systemd does, and percentages at 100% at most', () => {
    const spec = { percent: true, values: [{ name: 'infinity' }] };
    const memory = (key: string, v: string): boolean => check('bytes', v, key, 252, spec).length === 0;
    for (const v of ['1G', '50%', '12.34%', '100%', 'infinity', '5\u2030']) assert.ok(memory('MemoryMax', v), v);
    for (const v of ['0', '0%', '150%', '12.345%', '1.5.2G']) assert.ok(!memory('MemoryMax', v), v);
    assert.ok(memory('MemoryLow', '0'));
    assert.ok(memory('MemorySwapMax', '0'));
  });
});

describe('paths', () => {
  it('wants state and runtime directories relative and other paths absolute, never with ..', () => {
    accepts('text', 'RuntimeDirectory', ['app', 'app/sub', 'a b', 'app:link', 'a:pp:link']);
    refuses('text', 'RuntimeDirectory', ['/abs', '../up', 'a/../b', 'app:/abs']);
    refuses('path', 'RootDirectory', ['relative', '/a/../b', '-/etc/x']);
    refuses('path', 'PathExists', ['-/etc/x', '/a/../b']);
    refuses('path', 'ReadWritePaths', ['/a/../b'], 252);
    accepts('path', 'EnvironmentFile', ['-/etc/default/app', '%i/x']);
  });
  it('reads bind and image settings by their parts', () => {
    accepts('text', 'BindPaths', ['/a', '-/a:/b', '/a:/b:rbind', '/a:/b:norbind']);
    refuses('text', 'BindPaths', ['a', '/a:b', '/a:/b:bogus']);
    refuses('text', 'MountImages', ['/a', 'a:/b']);
    accepts('text', 'MountImages', ['/a.raw:/b', '-/a.raw:/b:ro']);
    refuses('text', 'TemporaryFileSystem', ['tmp', '+5']);
  });
  it('takes one path with spaces in IPIngressFilterPath=, and colon lists in ExecSearchPath=', () => {
    accepts('text', 'IPIngressFilterPath', ['/a /b\'']);
    refuses('text', 'IPIngressFilterPath', ['-/etc/app.conf']);
    accepts('text', 'ExecSearchPath', ['/usr/bin:/bin']);
    refuses('text', 'ExecSearchPath', ['"/a b"', '/bin:relative']);
  });
});

describe('the settings the issue names', () => {
  it('Documentation= takes the schemes systemd knows, in ASCII', () => {
    accepts('text', 'Documentation', ['https://example.com', 'man:systemd(1) info:coreutils', 'file:/usr/share/doc/x', 'http://x']);
    refuses('text', 'Documentation', ['ftp://x', 'foo', 'https://', 'https://\u03bcexample.com', 'file:', 'man:']);
  });
  it('DeviceAllow= takes rwm rights on /dev or /sys nodes, char- and block- groups', () => {
    accepts('text', 'DeviceAllow', ['/dev/null rw', '/dev/sda rwm', 'char-pts rw', 'block-loop', '/dev/null']);
    refuses('text', 'DeviceAllow', ['/dev/null rwx', '/DEV/SDA rwm', 'rel r', '/sys/x r', '/dev/../x r', '/dev/null rw m']);
  });
  it('CPU sets take indices and ranges, low before high', () => {
    accepts('text', 'CPUAffinity', ['0-3', '1 2 3', '0,2,4', 'numa', '0-1023']);
    refuses('text', 'CPUAffinity', ['3-1', '@3', 'all', '0-3-5']);
    refuses('text', 'AllowedCPUs', ['3-1', 'numa', 'all.']);
    accepts('text', 'NUMAMask', ['all', '0-1']);
  });
  it('RootHash= takes hex of 16 bytes or more, or an absolute path', () => {
    accepts('text', 'RootHash', ['0123456789abcdef0123456789abcdef', '/path/to/hash']);
    refuses('text', 'RootHash', ['0123456789abcdef', '00123456789abcdef0123456789abcdef', '0x10']);
  });
  it('SetCredentialEncrypted= wants base64, SetCredential= any data after the name', () => {
    accepts('text', 'SetCredentialEncrypted', ['name:aGVsbG8=', 'name:YQ==']);
    refuses('text', 'SetCredentialEncrypted', ['name', 'name:/path', 'name:not base64!']);
    accepts('text', 'SetCredential', ['name:any data here']);
    refuses('text', 'SetCredential', ['name', '../x:data']);
  });
  it('SystemCallFilter= knows the names and groups of 252 and takes ~ only at the start', () => {
    accepts('text', 'SystemCallFilter', ['@system-service', '~@mount', 'read write', '~read:EPERM', '~read write']);
    refuses('text', 'SystemCallFilter', ['@foo', 'foo', '@privileged ~@swap', 'read:EPERM', '~read:bogus']);
    accepts('text', 'SystemCallFilter', ['some_future_call'], 256);
  });
  it('keeps % literally at the end and before anything but a letter or digit', () => {
    accepts('text', 'Description', ['100% done', 'x%!', 'x%', '%%i']);
    refuses('text', 'Description', ['%Z', '%5']);
    accepts('user', 'User', ['%U%']);
  });
  it('CoredumpFilter= takes hex masks', () => {
    const spec = { values: [{ name: 'default' }, { name: 'private-anonymous' }] };
    assert.deepEqual(check('enum', '0x7f', 'CoredumpFilter', 252, spec), []);
    assert.deepEqual(check('enum', 'private-anonymous 33', 'CoredumpFilter', 252, spec), []);
    assert.ok(check('enum', 'bogus', 'CoredumpFilter', 252, spec).length > 0);
  });
  it('warns about escapes systemd does not know in command lines, and refuses them in the program name', () => {
    warns('command', 'ExecStart', ['/bin/echo \\-x', '/bin/echo \\q']);
    accepts('command', 'ExecStart', ['/bin/echo \\n \\x41 \\\\ \\; \\s \\101']);
    refuses('command', 'ExecStart', ['/bin/fal\\$se', '/bin/echo\\" x', '/bin/a ; /bin/\\qb']);
  });
  it('User= warns about names outside the strict rules and about nobody; refuses what 252 refuses', () => {
    warns('user', 'User', ['my user', 'a.b', '-x', '0x10', '\u00e9', 'a$', 'nobody']);
    accepts('user', 'User', ['root', 'www-data', '_x', '0', '12345', '4294967294']);
    accepts('user', 'Group', ['nobody', 'nogroup']);
    refuses('user', 'User', ['007', '4294967295', '65535', '.', '-', 'a:b', 'a\tb']);
  });
  it('reads environment names with C rules', () => {
    refuses('text', 'PassEnvironment', ['1A', 'A @B', 'PATH;PATH']);
    accepts('text', 'UnsetEnvironment', ['A B=1 _x']);
  });
});

describe('addresses and names', () => {
  it('Listen*= takes ports, addresses with ports and socket paths', () => {
    accepts('text', 'ListenStream', ['80', '127.0.0.1:80', '[::1]:8080', '/run/app.sock', '@abstract', 'vsock:2:80']);
    refuses('text', 'ListenStream', ['080', '0', '65536', '1.2.3:80', 'vsock:2:x', 'relative', `/${'x'.repeat(107)}`]);
    accepts('text', 'ListenStream', ['/a/../b']);
    refuses('text', 'ListenFIFO', ['relative']);
  });
  it('IPAddressAllow=, SocketBindAllow=, BindToDevice= and BusName= follow systemd', () => {
    accepts('text', 'IPAddressAllow', ['10.0.0.0/8 any localhost', '::1/128', 'link-local multicast']);
    refuses('text', 'IPAddressAllow', ['10.0.s0.0/8', '1', '10.0.0.0/33']);
    accepts('text', 'SocketBindAllow', ['any', 'ipv4:tcp:80', '8000-8080', 'udp:53']);
    refuses('text', 'SocketBindAllow', ['any0', '8080-8000', 'ipv4:tcp\u00e9:80', '0']);
    accepts('text', 'BindToDevice', ['eth0', 'lo']);
    refuses('text', 'BindToDevice', ['lo 1G', '12345', 'a/b', 'sixteencharsname']);
    accepts('text', 'BusName', ['org.example.App']);
    refuses('text', 'BusName', ['bad', 'ba$d.x', '1a.b']);
  });
  it('integers are read in base 0 within the C type', () => {
    accepts('integer', 'MaxConnectionsPerSource', ['0x10', '010', '4294967295']);
    refuses('integer', 'MaxConnectionsPerSource', ['4294967296', '08', '1e3']);
  });
});

describe('per-device settings', () => {
  it('take a quoted device and the value after the blanks; refuse 0 and a no-break space', () => {
    accepts('text', 'IOWriteIOPSMax', ['/dev/sda 10M', '"/a b" 256', '/dev/sda infinity']);
    refuses('text', 'IOWriteIOPSMax', ['/dev/sda \u00a010M', '/dev/sda 0', '/dev/../sda 10M', '/dev/sda']);
    accepts('text', 'IOWriteBandwidthMax', ['/dev/sda  10M', '/dev/sda  infinity']);
    accepts('text', 'IOWriteIOPSMax', ['/dev/sda  10M']);
  });
});

describe('unit names with specifiers', () => {
  it('leaves names with a specifier to expansion, [Install] included, and refuses a literal %', () => {
    assert.deepEqual(check('units', 'postgresql@%i.service', 'WantedBy', 252), []);
    assert.deepEqual(check('units', 'sys-subsystem-net-devices-%i.device', 'BindsTo', 252), []);
    assert.ok(check('unit', 'bad%-', 'Slice', 252).length > 0);
  });
});
