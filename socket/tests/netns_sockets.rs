//! Sockets opened in other network namespaces (`Socket::open_in`), by name, path, file
//! descriptor and process id, from many threads at once; links moved between namespaces
//! with `IFLA_NET_NS_FD`. Every namespace here is made by the test (`ip netns add`, a
//! unique name) and deleted when it ends; the calling threads never change namespace (each
//! test checks its own `/proc/thread-self/ns/net`).

mod netns;

use netns::{built, NamedNetns};
use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_link::{ops::Getlink, ops::Newlink, Ifinfomsg};
use nlcodec_socket::{Error, Netns, Op, Protocol, Socket};
use std::os::fd::AsFd;
use std::process::Command;

/// This thread's network namespace, as `/proc/thread-self/ns/net` names it.
fn my_netns() -> String {
    std::fs::read_link("/proc/thread-self/ns/net")
        .unwrap()
        .display()
        .to_string()
}

/// The link names a socket's namespace has, through the typed dump.
fn link_names(sock: &mut Socket) -> Vec<String> {
    let mut names: Vec<String> = sock
        .dump_all(Getlink, &Ifinfomsg::default())
        .unwrap()
        .iter()
        .map(|l| l.unwrap().attrs.ifname().unwrap().to_owned())
        .collect();
    names.sort();
    names
}

/// `ip link add NAME type veth peer name PEER`, through a socket.
fn add_veth(sock: &mut Socket, name: &str, peer: &str) -> Result<(), Error> {
    let hdr = Ifinfomsg::default();
    sock.call(Newlink, NLM_F_CREATE | NLM_F_EXCL, &hdr, |l| {
        l.ifname(name)?
            .linkinfo(|i| i.data_veth(|v| v.peer(&hdr, |p| p.ifname(peer))))
    })
}

/// A process living in `ns` (`ip netns exec NS sleep 30`), for `Netns::Pid` and
/// `IFLA_NET_NS_PID`; killed on drop, also when the test panics.
struct Resident(std::process::Child);

impl Resident {
    /// Starts it and waits until `ip netns exec` has entered the namespace (it does so
    /// before it execs sleep).
    fn start(ns: &NamedNetns) -> Resident {
        use std::os::unix::fs::MetadataExt;
        let child = Command::new("ip")
            .args(["netns", "exec", &ns.0, "sleep", "30"])
            .spawn()
            .unwrap();
        let r = Resident(child);
        let target = std::fs::metadata(format!("/run/netns/{}", ns.0))
            .unwrap()
            .ino();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::fs::metadata(format!("/proc/{}/ns/net", r.pid()))
            .map(|m| m.ino())
            .ok()
            != Some(target)
        {
            assert!(
                std::time::Instant::now() < deadline,
                "ip netns exec never entered"
            );
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        r
    }

    fn pid(&self) -> u32 {
        self.0.id()
    }
}

impl Drop for Resident {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A namespace file descriptor as `IFLA_NET_NS_FD` carries it.
fn ifla_fd(fd: &std::os::fd::OwnedFd) -> u32 {
    use std::os::fd::AsRawFd;
    u32::try_from(fd.as_raw_fd()).unwrap()
}

#[test]
fn a_socket_opened_by_name_works_in_that_namespace_and_this_thread_stays_home() {
    let Some(ns) = NamedNetns::new("open_in_by_name") else {
        return;
    };
    let home = my_netns();
    let mut sock = Socket::open_in(Netns::Name(&ns.0), Protocol::ROUTE).unwrap();
    assert_eq!(my_netns(), home);
    assert_eq!(link_names(&mut sock), ["lo"]);
    add_veth(&mut sock, "va", "vb").unwrap();
    // `ip` agrees: the pair is there, and only there.
    assert_eq!(ns.links(), ["lo", "va", "vb"]);
    assert_eq!(link_names(&mut sock), ["lo", "va", "vb"]);
    assert_eq!(my_netns(), home);
    // The same namespace by path, by an open descriptor, and by a process living in it.
    let path = std::path::PathBuf::from(format!("/run/netns/{}", ns.0));
    let mut by_path = Socket::open_in(Netns::Path(&path), Protocol::ROUTE).unwrap();
    assert_eq!(link_names(&mut by_path), ["lo", "va", "vb"]);
    let fd = Netns::Name(&ns.0).open().unwrap();
    let mut by_fd = Socket::open_in(Netns::Fd(fd.as_fd()), Protocol::ROUTE).unwrap();
    assert_eq!(link_names(&mut by_fd), ["lo", "va", "vb"]);
    let resident = Resident::start(&ns);
    let by_pid = Socket::open_in(Netns::Pid(resident.pid()), Protocol::ROUTE);
    drop(resident);
    assert_eq!(link_names(&mut by_pid.unwrap()), ["lo", "va", "vb"]);
    assert_eq!(my_netns(), home);
}

#[test]
fn threads_open_sockets_in_different_namespaces_at_once() {
    let (Some(a), Some(b)) = (NamedNetns::new("threads_a"), NamedNetns::new("threads_b")) else {
        return;
    };
    let home = my_netns();
    std::thread::scope(|s| {
        for t in 0..8 {
            let ns = if t % 2 == 0 { &a.0 } else { &b.0 };
            s.spawn(move || {
                let mine = my_netns();
                let mut sock = Socket::open_in(Netns::Name(ns), Protocol::ROUTE).unwrap();
                add_veth(&mut sock, &format!("t{t}a"), &format!("t{t}b")).unwrap();
                assert_eq!(my_netns(), mine);
            });
        }
    });
    assert_eq!(my_netns(), home);
    let expect = |parity: usize| {
        let mut v = vec!["lo".to_owned()];
        for t in (parity..8).step_by(2) {
            v.push(format!("t{t}a"));
            v.push(format!("t{t}b"));
        }
        v.sort();
        v
    };
    assert_eq!(a.links(), expect(0));
    assert_eq!(b.links(), expect(1));
}

#[test]
fn a_veth_with_its_peer_in_another_namespace() {
    let (Some(a), Some(b)) = (NamedNetns::new("peer_a"), NamedNetns::new("peer_b")) else {
        return;
    };
    let mut sock = Socket::open_in(Netns::Name(&a.0), Protocol::ROUTE).unwrap();
    // The peer is created straight in b (IFLA_NET_NS_FD in the peer's attributes).
    let b_fd = Netns::Name(&b.0).open().unwrap();
    let fd = ifla_fd(&b_fd);
    let hdr = Ifinfomsg::default();
    sock.call(Newlink, NLM_F_CREATE | NLM_F_EXCL, &hdr, |l| {
        l.ifname("out0")?
            .linkinfo(|i| i.data_veth(|v| v.peer(&hdr, |p| p.ifname("in0")?.net_ns_fd(fd))))
    })
    .unwrap();
    assert_eq!(a.links(), ["lo", "out0"]);
    assert_eq!(b.links(), ["in0", "lo"]);
}

#[test]
fn a_missing_or_bad_namespace_is_a_clear_error() {
    let err = Socket::open_in(Netns::Name("nlcodec-no-such-netns"), Protocol::ROUTE).unwrap_err();
    let text = err.to_string();
    assert!(
        matches!(err, Error::Io { op: Op::Netns, ref source } if source.kind() == std::io::ErrorKind::NotFound),
        "{err:?}"
    );
    assert_eq!(
        text,
        "network namespace failed: /run/netns/nlcodec-no-such-netns: No such file or directory (os error 2)"
    );
    for bad in ["", ".", "..", "a/b", "../../proc/1/ns/net"] {
        let err = Socket::open_in(Netns::Name(bad), Protocol::ROUTE).unwrap_err();
        assert!(
            matches!(err, Error::Io { op: Op::Netns, ref source } if source.kind() == std::io::ErrorKind::InvalidInput),
            "{bad:?}: {err:?}"
        );
    }
    // A file that is not a network namespace: setns refuses it, and nothing changed here.
    let home = my_netns();
    let err = Socket::open_in(Netns::Path("/proc/self/ns/uts".as_ref()), Protocol::ROUTE);
    assert!(
        matches!(err, Err(Error::Io { op: Op::Netns, .. })),
        "{err:?}"
    );
    let err = Socket::open_in(Netns::Path("/etc/hostname".as_ref()), Protocol::ROUTE);
    assert!(
        matches!(err, Err(Error::Io { op: Op::Netns, .. })),
        "{err:?}"
    );
    assert_eq!(my_netns(), home);
}

#[test]
fn the_job_examples_work_in_the_namespace_named_by_netns() {
    let Some(ns) = NamedNetns::new("examples_netns") else {
        return;
    };
    let run = |name: &str, args: &[&str]| netns::stdout_ok(Command::new(built(name)).args(args));
    let home = my_netns();
    run("veth", &["--netns", &ns.0, "add", "nx0", "nx1"]);
    assert_eq!(ns.links(), ["lo", "nx0", "nx1"]);
    let listed = run("ip-link", &["--netns", &ns.0]);
    let mut names: Vec<&str> = listed
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["lo", "nx0@nx1", "nx1@nx0"], "{listed}");
    run("veth", &["--netns", &ns.0, "del", "nx0"]);
    assert_eq!(ns.links(), ["lo"]);
    // A namespace that does not exist: the example fails and says which.
    let out = Command::new(built("ip-link"))
        .args(["--netns", "nlcodec-no-such-netns"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/run/netns/nlcodec-no-such-netns"), "{err}");
    assert_eq!(my_netns(), home);
}

#[test]
fn links_move_between_namespaces_by_fd_and_by_pid_and_are_read_by_nsid() {
    use nlcodec_families::rt_link::ops::Setlink;
    let (Some(a), Some(b)) = (NamedNetns::new("move_a"), NamedNetns::new("move_b")) else {
        return;
    };
    let mut sock = Socket::open_in(Netns::Name(&a.0), Protocol::ROUTE).unwrap();
    add_veth(&mut sock, "m0", "m1").unwrap();
    add_veth(&mut sock, "p0", "p1").unwrap();
    // RTM_SETLINK with IFLA_NET_NS_FD: m1 goes to b.
    let b_fd = Netns::Name(&b.0).open().unwrap();
    let fd = ifla_fd(&b_fd);
    let m1 = sock.link("m1").unwrap();
    sock.call(Setlink, 0, &m1, |l| l.net_ns_fd(fd)).unwrap();
    // RTM_SETLINK with IFLA_NET_NS_PID: p1 goes to the namespace a process of b lives in.
    let resident = Resident::start(&b);
    let p1 = sock.link("p1").unwrap();
    sock.call(Setlink, 0, &p1, |l| l.net_ns_pid(resident.pid()))
        .unwrap();
    drop(resident);
    assert_eq!(a.links(), ["lo", "m0", "p0"]);
    assert_eq!(b.links(), ["lo", "m1", "p1"]);
    // IFLA_TARGET_NETNSID: from a, dump b's links through the id a gave b when m0's peer
    // moved there (m0's IFLA_LINK_NETNSID).
    let b_id = sock
        .dump_all(Getlink, &Ifinfomsg::default())
        .unwrap()
        .iter()
        .map(|l| l.unwrap())
        .find(|l| l.attrs.ifname() == Some("m0"))
        .and_then(|l| l.attrs.link_netnsid())
        .expect("m0 names its peer's namespace");
    let mut names: Vec<String> = sock
        .dump_filtered(Getlink, &Ifinfomsg::default(), |l| l.target_netnsid(b_id))
        .unwrap()
        .iter()
        .map(|l| l.unwrap().attrs.ifname().unwrap().to_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["lo", "m1", "p1"]);
}
