/*
 * The kernel's floor for a route dump: send one RTM_GETROUTE dump request, recv() every
 * datagram into a 32 KiB buffer (the kernel's largest dump chunk) and walk the nlmsghdrs
 * only to find NLMSG_DONE and count the routes. Nothing is parsed.
 *
 * usage: recv-loop N   (N dumps in a row; prints each dump's wall time in ns, then
 *                       "user_ns <total> maxrss_kb <kb> routes <per dump>")
 */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1;
    int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0) {
        perror("socket");
        return 1;
    }
    static char buf[32768];
    long routes = 0;
    for (int i = 0; i < n; i++) {
        struct {
            struct nlmsghdr h;
            struct rtmsg r;
        } req;
        memset(&req, 0, sizeof req);
        req.h.nlmsg_len = sizeof req;
        req.h.nlmsg_type = RTM_GETROUTE;
        req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
        req.h.nlmsg_seq = i + 1;
        long long t0 = now_ns();
        if (send(fd, &req, sizeof req, 0) < 0) {
            perror("send");
            return 1;
        }
        int done = 0;
        routes = 0;
        while (!done) {
            ssize_t len = recv(fd, buf, sizeof buf, 0);
            if (len < 0) {
                perror("recv");
                return 1;
            }
            int left = (int)len;
            for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, left);
                 h = NLMSG_NEXT(h, left)) {
                if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
                    done = 1;
                    break;
                }
                routes += h->nlmsg_type == RTM_NEWROUTE;
            }
        }
        printf("%lld\n", now_ns() - t0);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("user_ns %lld maxrss_kb %ld routes %ld\n",
           (long long)ru.ru_utime.tv_sec * 1000000000LL + ru.ru_utime.tv_usec * 1000LL,
           ru.ru_maxrss, routes);
    return 0;
}
