//! Enums that several rtnetlink families define alike are one Rust type (the first family in
//! spec order owns it, the others re-export it), and so is its descriptor table.

use nlcodec_families::{rt_addr, rt_link, rt_neigh, rt_route, rt_rule};

#[test]
fn one_address_family_type_for_every_rtnetlink_family() {
    // An address's family goes into a route, a rule and a neighbour as it is: these compile
    // only because the types are the same.
    let ifa = rt_addr::Ifaddrmsg {
        ifa_family: rt_addr::AddressFamily::Inet6,
        ..Default::default()
    };
    let rtm = rt_route::Rtmsg {
        rtm_family: ifa.ifa_family,
        rtm_scope: rt_addr::RtScope::Link,
        ..Default::default()
    };
    let rule = rt_rule::FibRuleHdr {
        family: rtm.rtm_family,
        table: rt_route::RtTable::Main,
        ..Default::default()
    };
    let nd = rt_neigh::Ndmsg {
        ndm_family: rule.family,
        ..Default::default()
    };
    assert_eq!(nd.ndm_family, rt_link::AddressFamily::Inet6);
    assert_eq!(rtm.rtm_scope.to_string(), "link");
}

#[test]
fn re_exported_enums_share_their_owners_tables() {
    use nlcodec::schema::EnumDesc;
    let pairs: [(&EnumDesc, &EnumDesc); 5] = [
        (
            &rt_link::tables::ADDRESS_FAMILY,
            &rt_addr::tables::ADDRESS_FAMILY,
        ),
        (
            &rt_route::tables::ADDRESS_FAMILY,
            &rt_addr::tables::ADDRESS_FAMILY,
        ),
        (&rt_route::tables::RT_SCOPE, &rt_addr::tables::RT_SCOPE),
        (
            &rt_route::tables::RT_PROTOCOL,
            &rt_neigh::tables::RT_PROTOCOL,
        ),
        (&rt_rule::tables::RT_TABLE, &rt_route::tables::RT_TABLE),
    ];
    for (a, b) in pairs {
        assert!(std::ptr::eq(a, b), "{} is a copy", a.name);
    }
    // The route family's fixed header names its family through the shared table.
    let rtm = rt_route::tables::RTMSG.members[0];
    assert!(std::ptr::eq(
        rtm.enumeration.unwrap(),
        &rt_addr::tables::ADDRESS_FAMILY
    ));
}
