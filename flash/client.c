/* The host side of the flash protocol (docs/flash-protocol.md): handshake and compatibility
 * checks before any byte is written, transfer with retransmission and resume, the device's
 * verification, read-back, run. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "ckflash.h"
#include "cockpit/format.h"
#include "cktools.h"
#include "cockpit/config.h"
#include "cockpit/flashproto.h"

#define TRIES 5

typedef struct session {
    ck_port *port;
    const ck_flash_opts *o;
    uint8_t seq;
    uint8_t rx[CK_FP_HDR + CK_FP_MAX_PAYLOAD + 4];
    size_t rxlen;                                  /* bytes buffered in rx */
    uint8_t type;                                  /* last answer */
    const uint8_t *payload;
    uint16_t plen;
} session;

static uint32_t get32(const uint8_t *p) { return p[0] | p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static void put32(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24); }

static int send_frame(session *s, uint8_t type, const uint8_t *payload, uint16_t len)
{
    uint8_t f[CK_FP_HDR + CK_FP_MAX_PAYLOAD + 4];
    f[0] = CK_FP_SYNC0;
    f[1] = CK_FP_SYNC1;
    f[2] = type;
    f[3] = s->seq;
    f[4] = (uint8_t)len;
    f[5] = (uint8_t)(len >> 8);
    if (len) memcpy(f + CK_FP_HDR, payload, len);
    put32(f + CK_FP_HDR + len, ck_crc32(f + 2, 4u + len));
    return ck_port_write(s->port, f, CK_FP_HDR + len + 4u);
}

/* Reads until one whole, intact frame with our seq is in rx. Bytes that are not part of a frame
 * (console output before the loader took over) are skipped. 1 = frame, 0 = timeout or damaged
 * frame (resend), -1 = line closed. */
static int receive(session *s, int ms)
{
    for (;;) {
        /* drop everything before a sync pair */
        size_t i = 0;
        while (i + 1 < s->rxlen && !(s->rx[i] == CK_FP_SYNC0 && s->rx[i + 1] == CK_FP_SYNC1)) i++;
        if (i + 1 >= s->rxlen && s->rxlen && s->rx[s->rxlen - 1] != CK_FP_SYNC0) i = s->rxlen;
        memmove(s->rx, s->rx + i, s->rxlen - i);
        s->rxlen -= i;
        if (s->rxlen >= CK_FP_HDR) {
            uint16_t len = (uint16_t)(s->rx[4] | s->rx[5] << 8);
            if (len > CK_FP_MAX_PAYLOAD) {       /* not a frame after all: skip the sync pair */
                memmove(s->rx, s->rx + 2, s->rxlen - 2);
                s->rxlen -= 2;
                continue;
            }
            size_t total = CK_FP_HDR + len + 4u;
            if (s->rxlen >= total) {
                int ok = ck_crc32(s->rx + 2, 4u + len) == get32(s->rx + CK_FP_HDR + len);
                if (ok && s->rx[3] == s->seq) {
                    s->type = s->rx[2];
                    s->plen = len;
                    s->payload = s->rx + CK_FP_HDR;
                    return 1;        /* consumed by the caller before the next receive */
                }
                memmove(s->rx, s->rx + (ok ? total : 2), s->rxlen - (ok ? total : 2));
                s->rxlen -= ok ? total : 2;
                continue;            /* a stale answer to an earlier try, or noise */
            }
        }
        int n = ck_port_read(s->port, s->rx + s->rxlen, sizeof s->rx - s->rxlen, ms);
        if (n < 0) return -1;
        if (n == 0) return 0;
        s->rxlen += (size_t)n;
    }
}

static void consume(session *s)
{
    size_t total = CK_FP_HDR + s->plen + 4u;
    memmove(s->rx, s->rx + total, s->rxlen - total);
    s->rxlen -= total;
}

/* One request: send, await the answer with our seq, resend after a NAK or silence. */
static int request(session *s, uint8_t type, const uint8_t *payload, uint16_t len, const char *what)
{
    s->seq++;
    for (int t = 0; t < TRIES; t++) {
        if (send_frame(s, type, payload, len)) {
            fprintf(stderr, "error: %s: the connection to %s was lost\n", what, s->port->name);
            return -1;
        }
        int r = receive(s, s->o->timeout_ms ? s->o->timeout_ms : 1000);
        if (r < 0) {
            fprintf(stderr, "error: %s: the connection to %s was closed by the device\n", what, s->port->name);
            return -1;
        }
        if (r == 0) continue;
        if (s->type == CK_FP_NAK) { consume(s); continue; }
        return 0;
    }
    fprintf(stderr, "error: %s: no valid answer from %s after %d tries (is the Cockpit firmware running there?)\n",
            what, s->port->name, TRIES);
    return -1;
}

/* An answer of the expected type, or the device's ERR text. */
static int expect(session *s, uint8_t type, const char *what)
{
    if (s->type == type) return 0;
    if (s->type == CK_FP_ERR)
        fprintf(stderr, "error: %s: the device refused: %.*s\n", what, (int)s->plen, (const char *)s->payload);
    else
        fprintf(stderr, "error: %s: unexpected answer 0x%02x from the device\n", what, s->type);
    consume(s);
    return -1;
}

static void progress(const ck_flash_opts *o, const char *stage, size_t done, size_t total)
{
    if (o->quiet || !isatty(2)) return;
    int width = 30, fill = total ? (int)(done * (size_t)width / total) : width;
    fprintf(stderr, "\r%-8s [%.*s%*s] %3d%% %zu/%zu bytes", stage, fill, "##############################",
            width - fill, "", total ? (int)(done * 100 / total) : 100, done, total);
    if (done == total) fputc('\n', stderr);
}

int ck_flash_serial(ck_port *p, const uint8_t *img, size_t n, const ck_flash_opts *o)
{
    session s = {0};
    s.port = p;
    s.o = o;
    uint8_t buf[CK_FP_MAX_PAYLOAD];

    if (n < CK_HDR_SIZE || memcmp(img, "CKBC", 4)) {
        fprintf(stderr, "error: not a Cockpit image\n");
        return -1;
    }
    uint16_t img_version = (uint16_t)(img[4] | img[5] << 8);

    /* 1. handshake: nothing is written before the device has said it can take this image */
    buf[0] = CK_FP_VERSION;
    buf[1] = 0;
    if (request(&s, CK_FP_HELLO, buf, 2, "handshake") || expect(&s, CK_FP_INFO, "handshake")) return -1;
    if (s.plen < 12) { fprintf(stderr, "error: handshake: short INFO from the device\n"); return -1; }
    uint16_t dev_image = (uint16_t)(s.payload[2] | s.payload[3] << 8);
    uint32_t slot = get32(s.payload + 4);
    char board[64];
    int bl = s.plen - 12 < (int)sizeof board - 1 ? s.plen - 12 : (int)sizeof board - 1;
    memcpy(board, s.payload + 12, (size_t)bl);
    board[bl] = 0;
    consume(&s);
    if (o->board && strcmp(o->board, board)) {
        fprintf(stderr, "error: the device on %s is a '%s' board, not '%s'; nothing was written\n", p->name, board, o->board);
        return -1;
    }
    if (dev_image != img_version) {
        fprintf(stderr, "error: the image has format version %u but the '%s' firmware runs version %u; nothing was written\n",
                img_version, board, dev_image);
        return -1;
    }
    if (n > slot) {
        fprintf(stderr, "error: the image is %zu bytes but the '%s' slot holds %u; nothing was written\n", n, board, slot);
        return -1;
    }

    /* 2. transfer, resuming where an interrupted attempt stopped */
    put32(buf, (uint32_t)n);
    put32(buf + 4, ck_crc32(img, n));
    if (request(&s, CK_FP_BEGIN, buf, 8, "begin") || expect(&s, CK_FP_ACK, "begin")) return -1;
    size_t off = get32(s.payload);
    consume(&s);
    if (off > n) off = 0;
    if (off && !o->quiet) fprintf(stderr, "resuming at byte %zu\n", off);
    while (off < n) {
        size_t chunk = n - off < CK_FP_DATA_CHUNK ? n - off : CK_FP_DATA_CHUNK;
        put32(buf, (uint32_t)off);
        memcpy(buf + 4, img + off, chunk);
        if (request(&s, CK_FP_DATA, buf, (uint16_t)(4 + chunk), "transfer") || expect(&s, CK_FP_ACK, "transfer")) return -1;
        size_t next = get32(s.payload);
        consume(&s);
        off = next <= n ? next : n;
        progress(o, "flash", off, n);
    }

    /* 3. the device verifies and commits */
    if (request(&s, CK_FP_END, NULL, 0, "verify") || expect(&s, CK_FP_ACK, "verify")) return -1;
    consume(&s);

    /* 4. read back */
    for (off = 0; off < n;) {
        size_t chunk = n - off < CK_FP_DATA_CHUNK ? n - off : CK_FP_DATA_CHUNK;
        put32(buf, (uint32_t)off);
        buf[4] = (uint8_t)chunk;
        buf[5] = (uint8_t)(chunk >> 8);
        if (request(&s, CK_FP_READ, buf, 6, "read-back") || expect(&s, CK_FP_RDATA, "read-back")) return -1;
        if (s.plen != 4 + chunk || get32(s.payload) != off || memcmp(s.payload + 4, img + off, chunk)) {
            fprintf(stderr, "error: read-back: the device's copy differs at byte %zu\n", off);
            return -1;
        }
        consume(&s);
        off += chunk;
        progress(o, "verify", off, n);
    }

    /* 5. run */
    if (o->no_run) return 0;
    buf[0] = (uint8_t)o->run_flags;
    if (request(&s, CK_FP_RUN, buf, 1, "run") || expect(&s, CK_FP_ACK, "run")) return -1;
    consume(&s);
    /* whatever followed the ACK is console output */
    if (s.rxlen) fwrite(s.rx, 1, s.rxlen, stdout);
    return 0;
}
