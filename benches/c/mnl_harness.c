/*
 * libmnl side of the benchmarks (cargo feature "libmnl"): the same header walk and full
 * parse as nlcodec's, written the way libmnl's own examples do it (examples/rtnl/
 * rtnl-route-dump.c): mnl_cb_run over the stream, and per message mnl_attr_parse into a
 * tb[] array with mnl_attr_type_valid + mnl_attr_validate on the known types.
 */
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <libmnl/libmnl.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>

#define KEEP(p) __asm__ volatile("" : : "r"(p) : "memory")

/* Bare walk: every nlmsghdr with mnl_nlmsg_ok / mnl_nlmsg_next. */
size_t nlb_mnl_header_walk(const void *buf, size_t len)
{
	const struct nlmsghdr *nlh = buf;
	int rest = (int)len;
	size_t n = 0;

	while (mnl_nlmsg_ok(nlh, rest)) {
		KEEP(nlh->nlmsg_type);
		n++;
		nlh = mnl_nlmsg_next(nlh, &rest);
	}
	return n;
}

struct route_tb {
	const struct nlattr *tb[RTA_MAX + 1];
	int family;
};

static int route_attr_cb(const struct nlattr *attr, void *data)
{
	struct route_tb *t = data;
	int type = mnl_attr_get_type(attr);

	if (mnl_attr_type_valid(attr, RTA_MAX) < 0)
		return MNL_CB_OK;
	switch (type) {
	case RTA_TABLE:
	case RTA_OIF:
	case RTA_IIF:
	case RTA_FLOW:
	case RTA_PRIORITY:
	case RTA_MARK:
		if (mnl_attr_validate(attr, MNL_TYPE_U32) < 0)
			return MNL_CB_ERROR;
		break;
	case RTA_DST:
	case RTA_SRC:
	case RTA_PREFSRC:
	case RTA_GATEWAY:
		if (t->family == AF_INET6) {
			if (mnl_attr_validate2(attr, MNL_TYPE_BINARY, 16) < 0)
				return MNL_CB_ERROR;
		} else if (mnl_attr_validate(attr, MNL_TYPE_U32) < 0) {
			return MNL_CB_ERROR;
		}
		break;
	case RTA_METRICS:
		if (mnl_attr_validate(attr, MNL_TYPE_NESTED) < 0)
			return MNL_CB_ERROR;
		break;
	case RTA_PREF:
		if (mnl_attr_validate(attr, MNL_TYPE_U8) < 0)
			return MNL_CB_ERROR;
		break;
	}
	t->tb[type] = attr;
	return MNL_CB_OK;
}

static int table_attr_cb(const struct nlattr *attr, void *data)
{
	const struct nlattr **tb = data;
	int type = mnl_attr_get_type(attr);

	/* links and addresses: type check only (the tables are 72 and 16 slots, as nlcodec's) */
	if (type >= 72)
		return MNL_CB_OK;
	tb[type] = attr;
	return MNL_CB_OK;
}

static int data_cb(const struct nlmsghdr *nlh, void *data)
{
	size_t *n = data;

	switch (nlh->nlmsg_type) {
	case RTM_NEWROUTE:
	case RTM_DELROUTE: {
		const struct rtmsg *rm = mnl_nlmsg_get_payload(nlh);
		struct route_tb t = { .family = rm->rtm_family };
		if (mnl_attr_parse(nlh, sizeof(*rm), route_attr_cb, &t) < 0)
			return MNL_CB_ERROR;
		KEEP(&t);
		break;
	}
	case RTM_NEWLINK:
	case RTM_DELLINK: {
		const struct nlattr *tb[72] = { 0 };
		KEEP(mnl_nlmsg_get_payload(nlh));
		if (mnl_attr_parse(nlh, sizeof(struct ifinfomsg), table_attr_cb, tb) < 0)
			return MNL_CB_ERROR;
		KEEP(tb);
		break;
	}
	case RTM_NEWADDR:
	case RTM_DELADDR: {
		const struct nlattr *tb[72] = { 0 };
		KEEP(mnl_nlmsg_get_payload(nlh));
		if (mnl_attr_parse(nlh, sizeof(struct ifaddrmsg), table_attr_cb, tb) < 0)
			return MNL_CB_ERROR;
		KEEP(tb);
		break;
	}
	}
	(*n)++;
	return MNL_CB_OK;
}

/*
 * Full parse: mnl_cb_run over the stream (control messages handled by libmnl, which stops
 * at NLMSG_DONE and at errors). Returns the number of data messages, or -1 on error.
 */
long nlb_mnl_full_parse(const void *buf, size_t len)
{
	size_t n = 0;
	int ret = mnl_cb_run(buf, len, 0, 0, data_cb, &n);

	if (ret < 0)
		return -1;
	return (long)n;
}
