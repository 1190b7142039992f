/* Byte transports to a board: a serial device in raw mode, or a TCP or Unix socket (QEMU's
 * -serial tcp:... or -chardev socket). */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>
#include "ckflash.h"

static int open_tcp(ck_port *p, const char *hostport, char *err, size_t errlen)
{
    char host[100];
    const char *colon = strrchr(hostport, ':');
    if (!colon || colon == hostport || (size_t)(colon - hostport) >= sizeof host || !colon[1]) {
        snprintf(err, errlen, "bad port 'tcp:%s' (expected tcp:HOST:PORT)", hostport);
        return -1;
    }
    memcpy(host, hostport, (size_t)(colon - hostport));
    host[colon - hostport] = 0;
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_socktype = SOCK_STREAM;
    int rc = getaddrinfo(host, colon + 1, &hints, &res);
    if (rc) {
        snprintf(err, errlen, "cannot resolve 'tcp:%s': %s", hostport, gai_strerror(rc));
        return -1;
    }
    int fd = -1, saved = 0;
    for (struct addrinfo *a = res; a; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) continue;
        if (!connect(fd, a->ai_addr, a->ai_addrlen)) {
            int one = 1;         /* frames are small and answered one by one: no Nagle delay */
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            break;
        }
        saved = errno;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0) {
        snprintf(err, errlen, "cannot connect to 'tcp:%s': %s", hostport, strerror(saved ? saved : ECONNREFUSED));
        return -1;
    }
    p->fd = fd;
    return 0;
}

static int open_unix(ck_port *p, const char *path, char *err, size_t errlen)
{
    struct sockaddr_un a = {0};
    a.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof a.sun_path) {
        snprintf(err, errlen, "socket path too long: '%s'", path);
        return -1;
    }
    strcpy(a.sun_path, path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a)) {
        snprintf(err, errlen, "cannot connect to 'unix:%s': %s", path, strerror(errno));
        if (fd >= 0) close(fd);
        return -1;
    }
    p->fd = fd;
    return 0;
}

static int open_tty(ck_port *p, const char *path, char *err, size_t errlen)
{
    int fd = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "cannot open port '%s': %s", path, strerror(errno));
        return -1;
    }
    struct termios t;
    if (tcgetattr(fd, &t)) {
        snprintf(err, errlen, "'%s' is not a serial port: %s", path, strerror(errno));
        close(fd);
        return -1;
    }
    cfmakeraw(&t);
    cfsetispeed(&t, B115200);
    cfsetospeed(&t, B115200);
    t.c_cflag |= CLOCAL | CREAD;
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    if (tcsetattr(fd, TCSANOW, &t)) {
        snprintf(err, errlen, "cannot configure '%s': %s", path, strerror(errno));
        close(fd);
        return -1;
    }
    tcflush(fd, TCIOFLUSH);
    p->fd = fd;
    return 0;
}

int ck_port_open(ck_port *p, const char *spec, char *err, size_t errlen)
{
    memset(p, 0, sizeof *p);
    p->fd = -1;
    snprintf(p->name, sizeof p->name, "%s", spec);
    p->sock = 1;
    p->tcp = !strncmp(spec, "tcp:", 4);
    if (p->tcp) return open_tcp(p, spec + 4, err, errlen);
    if (!strncmp(spec, "unix:", 5)) return open_unix(p, spec + 5, err, errlen);
    p->sock = 0;
    return open_tty(p, spec, err, errlen);
}

int ck_port_write(ck_port *p, const void *buf, size_t n)
{
    const uint8_t *b = buf;
    if (p->fd < 0) return -1;
    while (n) {
        /* a socket whose peer went away gives EPIPE, not a SIGPIPE that would kill the driver */
        ssize_t w = p->sock ? send(p->fd, b, n, MSG_NOSIGNAL) : write(p->fd, b, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        b += w;
        n -= (size_t)w;
    }
    return 0;
}

int ck_port_read(ck_port *p, void *buf, size_t n, int ms)
{
    if (p->nback) {
        size_t k = n < p->nback ? n : p->nback;
        memcpy(buf, p->back, k);
        memmove(p->back, p->back + k, p->nback - k);
        p->nback -= k;
        return (int)k;
    }
    if (p->fd < 0) return -1;
    struct pollfd pf = { p->fd, POLLIN, 0 };
    int r = poll(&pf, 1, ms);
    if (r < 0) return errno == EINTR ? 0 : -1;
    if (r == 0) return 0;
    ssize_t got = read(p->fd, buf, n);
    if (got < 0) return errno == EINTR || errno == EAGAIN ? 0 : -1;
#ifdef TCP_QUICKACK
    /* acknowledge at once: a peer that writes a byte at a time (QEMU's serial without nodelay=on)
     * would otherwise wait for our delayed ACK, 40 ms, before each further byte */
    if (p->tcp) setsockopt(p->fd, IPPROTO_TCP, TCP_QUICKACK, &(int){1}, sizeof(int));
#endif
    return got == 0 ? -1 : (int)got;
}

int ck_port_unread(ck_port *p, const void *buf, size_t n)
{
    if (n > sizeof p->back - p->nback) return -1;
    memmove(p->back + n, p->back, p->nback);
    memcpy(p->back, buf, n);
    p->nback += n;
    return 0;
}

void ck_port_close(ck_port *p)
{
    if (p->fd >= 0) close(p->fd);
    p->fd = -1;
}
