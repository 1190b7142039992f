/* The host side of the flash protocol (docs/flash-protocol.md): handshake and compatibility
 * checks before any byte is written, transfer with retransmission and resume, the device's
 * verification, read-back, run. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ckflash.h"
#include "ckvm.h"
#include "verrors.h"
#include "cockpit/format.h"
#include "cktools.h"
#include "cockpit/config.h"
#include "cockpit/flashproto.h"

#define TRIES 5
#define MAX_INJECT 16

/* COCKPIT_FLASH_INJECT: frames to damage on purpose (tests), by their 1-based number among all
 * the frames this client sends, retransmissions included. */
enum inject_kind { INJ_NONE, INJ_CORRUPT, INJ_DROP, INJ_TRUNCATE, INJ_CLOSE };
/* ...and "nocheck": skip the host's own compatibility checks, so the device's are exercised. */
typedef struct inject { int kind; unsigned long frame; } inject;

typedef struct session {
    ck_port *port;
    const ck_flash_opts *o;
    uint8_t seq;
    unsigned long sent;                            /* frames sent so far */
    inject inj[MAX_INJECT];
    int ninj, nocheck;
    int greeted;                                   /* the device answered HELLO */
    uint8_t rx[CK_FP_HDR + CK_FP_MAX_PAYLOAD + 4];
    size_t rxlen;                                  /* bytes buffered in rx */
    uint8_t type;                                  /* last answer */
    const uint8_t *payload;
    uint16_t plen;
    const uint8_t *img;                            /* the image being delivered, for names */
    size_t n;
} session;


static int parse_inject(session *s, const char *spec)
{
    static const char *const names[] = { "", "corrupt", "drop", "truncate", "close" };
    const char *p = spec;
    while (*p) {
        if (!strncmp(p, "nocheck", 7) && (p[7] == ',' || !p[7])) {
            s->nocheck = 1;
            p += p[7] ? 8 : 7;
            continue;
        }
        int kind = INJ_NONE;
        for (int k = 1; k <= INJ_CLOSE && !kind; k++) {
            size_t l = strlen(names[k]);
            if (!strncmp(p, names[k], l) && p[l] == ':') { kind = k; p += l + 1; }
        }
        char *end;
        unsigned long n = kind && *p >= '0' && *p <= '9' ? strtoul(p, &end, 10) : 0;
        if (!n || (*end && *end != ',') || s->ninj == MAX_INJECT) {
            fprintf(stderr, "error: COCKPIT_FLASH_INJECT='%s': expected a list of corrupt:N, drop:N, "
                    "truncate:N, close:N (N >= 1, at most %d) and nocheck\n", spec, MAX_INJECT);
            return -1;
        }
        s->inj[s->ninj++] = (inject){kind, n};
        p = *end ? end + 1 : end;
    }
    return 0;
}

static int injected(const session *s)
{
    for (int i = 0; i < s->ninj; i++)
        if (s->inj[i].frame == s->sent) return s->inj[i].kind;
    return INJ_NONE;
}

static int send_frame(session *s, uint8_t type, const uint8_t *payload, uint16_t len)
{
    uint8_t f[CK_FP_HDR + CK_FP_MAX_PAYLOAD + 4];
    size_t total = CK_FP_HDR + len + 4u;
    f[0] = CK_FP_SYNC0;
    f[1] = CK_FP_SYNC1;
    f[2] = type;
    f[3] = s->seq;
    f[4] = (uint8_t)len;
    f[5] = (uint8_t)(len >> 8);
    if (len) memcpy(f + CK_FP_HDR, payload, len);
    ck_put32(f + CK_FP_HDR + len, ck_crc32(f + 2, 4u + len));
    s->sent++;
    switch (injected(s)) {
    case INJ_CORRUPT: f[CK_FP_HDR + len / 2u] ^= 0x5Au; break;   /* a payload (or CRC) byte */
    case INJ_DROP: return 0;
    case INJ_TRUNCATE: return ck_port_write(s->port, f, total / 2u);
    case INJ_CLOSE:
        ck_port_write(s->port, f, total / 2u);
        ck_port_close(s->port);
        return -1;
    }
    return ck_port_write(s->port, f, total);
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
                int ok = ck_crc32(s->rx + 2, 4u + len) == ck_get32(s->rx + CK_FP_HDR + len);
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
    int naks = 0;
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
        if (s->type == CK_FP_NAK) { naks++; consume(s); continue; }
        return 0;
    }
    if (naks)
        fprintf(stderr, "error: %s: the device received the frame damaged %d times in %d tries (a noisy line, or "
                "the wrong speed?)\n", what, naks, TRIES);
    else fprintf(stderr, "error: %s: no valid answer from %s after %d tries (is the Cockpit firmware running there?)\n",
            what, s->port->name, TRIES);
    return -1;
}

/* The device's words for a refusal: a firmware built with CK_VM_TERSE_ERRORS sends the VM's load
 * errors as a number and arguments, worded here as the host's VM words them (ck_vm_error_text);
 * other text is shown as it came. img, n: the image concerned (for names), or NULL. */
static const char *refusal_text(const uint8_t *p, size_t len, const uint8_t *img, size_t n, char *buf, size_t size)
{
    static char raw[CK_FP_MAX_PAYLOAD + 1];
    if (len > CK_FP_MAX_PAYLOAD) len = CK_FP_MAX_PAYLOAD;
    memcpy(raw, p, len);
    raw[len] = 0;
    if (n > UINT32_MAX) img = NULL;
    if (!ck_vm_error_text(raw, img, (uint32_t)n, buf, (uint32_t)size)) return raw;
    /* an instruction the device's VM does not know: the image is newer than the firmware */
    char *end;
    if (raw[0] == '#' && strtoul(raw + 1, &end, 16) == CK_VERR_OPCODE && end != raw + 1) {
        size_t used = strlen(buf);
        snprintf(buf + used, size - used, " (the image uses an instruction this board's firmware predates: "
                 "install the firmware of this cockpit, `cockpit firmware --board BOARD -o fw.elf`)");
    }
    return buf;
}

/* An answer of the expected type, or the device's ERR text. */
static int expect(session *s, uint8_t type, const char *what)
{
    char text[512];
    if (s->type == type) return 0;
    if (s->type == CK_FP_ERR)
        fprintf(stderr, "error: %s: the device refused: %s\n", what,
                refusal_text(s->payload, s->plen, s->img, s->n, text, sizeof text));
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

static int deliver(session *S, ck_port *p, const uint8_t *img, size_t n, const ck_flash_opts *o)
{
    uint8_t buf[CK_FP_MAX_PAYLOAD];

    if (n < CK_HDR_SIZE || memcmp(img, "CKBC", 4)) {
        fprintf(stderr, "error: not a Cockpit image (no CKBC header)\n");
        return -1;
    }
    if (ck_get32(img + 8) != n && !S->nocheck) {
        fprintf(stderr, "error: the image header says %u bytes but there are %zu; nothing was written\n",
                ck_get32(img + 8), n);
        return -1;
    }
    uint16_t img_version = (uint16_t)(img[4] | img[5] << 8);
    S->img = img;
    S->n = n;

    /* 1. handshake: nothing is written before the device has said it can take this image */
    buf[0] = CK_FP_VERSION;
    buf[1] = 0;
    if (request(S, CK_FP_HELLO, buf, 2, "handshake") || expect(S, CK_FP_INFO, "handshake")) return -1;
    if (S->plen < 12) { fprintf(stderr, "error: handshake: short INFO from the device\n"); return -1; }
    uint16_t dev_image = (uint16_t)(S->payload[2] | S->payload[3] << 8);
    uint32_t slot = ck_get32(S->payload + 4);
    char board[64];
    int bl = S->plen - 12 < (int)sizeof board - 1 ? S->plen - 12 : (int)sizeof board - 1;
    memcpy(board, S->payload + 12, (size_t)bl);
    board[bl] = 0;
    consume(S);
    S->greeted = 1;
    if (S->nocheck) {
        /* tests: let the device refuse what the host would have */
    } else if (o->board && strcmp(o->board, board)) {
        fprintf(stderr, "error: the device on %s is a '%s' board, not '%s'; nothing was written\n", p->name, board, o->board);
        return -1;
    } else if (dev_image != img_version) {
        fprintf(stderr, "error: the image has format version %u but the '%s' firmware runs version %u; nothing was written\n",
                img_version, board, dev_image);
        return -1;
    } else if (n > slot) {
        fprintf(stderr, "error: the image is %zu bytes but the '%s' slot holds %u; nothing was written\n", n, board, slot);
        return -1;
    }

    /* 2. transfer, resuming where an interrupted attempt stopped */
    ck_put32(buf, (uint32_t)n);
    ck_put32(buf + 4, ck_crc32(img, n));
    if (request(S, CK_FP_BEGIN, buf, 8, "begin") || expect(S, CK_FP_ACK, "begin")) return -1;
    size_t off = ck_get32(S->payload);
    consume(S);
    if (off > n) off = 0;
    if (off && !o->quiet) fprintf(stderr, "resuming at byte %zu\n", off);
    while (off < n) {
        size_t chunk = n - off < CK_FP_DATA_CHUNK ? n - off : CK_FP_DATA_CHUNK;
        ck_put32(buf, (uint32_t)off);
        memcpy(buf + 4, img + off, chunk);
        if (request(S, CK_FP_DATA, buf, (uint16_t)(4 + chunk), "transfer") || expect(S, CK_FP_ACK, "transfer")) return -1;
        size_t next = ck_get32(S->payload);
        consume(S);
        off = next <= n ? next : n;
        progress(o, "flash", off, n);
    }

    /* 3. the device verifies and commits */
    if (request(S, CK_FP_END, NULL, 0, "verify") || expect(S, CK_FP_ACK, "verify")) return -1;
    consume(S);

    /* 4. read back */
    for (off = 0; off < n;) {
        size_t chunk = n - off < CK_FP_DATA_CHUNK ? n - off : CK_FP_DATA_CHUNK;
        ck_put32(buf, (uint32_t)off);
        buf[4] = (uint8_t)chunk;
        buf[5] = (uint8_t)(chunk >> 8);
        if (request(S, CK_FP_READ, buf, 6, "read-back") || expect(S, CK_FP_RDATA, "read-back")) return -1;
        if (S->plen != 4 + chunk || ck_get32(S->payload) != off || memcmp(S->payload + 4, img + off, chunk)) {
            fprintf(stderr, "error: read-back: the device's copy differs at byte %zu\n", off);
            return -1;
        }
        consume(S);
        off += chunk;
        progress(o, "verify", off, n);
    }

    /* 5. run */
    if (o->no_run) return 0;
    buf[0] = (uint8_t)o->run_flags;
    ck_put32(buf + 1, (uint32_t)o->budget);
    ck_put32(buf + 5, (uint32_t)(o->budget >> 32));
    ck_put32(buf + 9, o->mem_size);
    if (request(S, CK_FP_RUN, buf, CK_FP_RUN_SIZE, "run") || expect(S, CK_FP_ACK, "run")) return -1;
    consume(S);
    /* whatever followed the ACK is console output: leave it for the monitor */
    ck_port_unread(p, S->rx, S->rxlen);
    return 0;
}

int ck_flash_serial(ck_port *p, const uint8_t *img, size_t n, const ck_flash_opts *o)
{
    static session s;
    memset(&s, 0, sizeof s);
    s.port = p;
    s.o = o;
    const char *inj = getenv("COCKPIT_FLASH_INJECT");
    if (inj && *inj && parse_inject(&s, inj)) return -1;
    if (!deliver(&s, p, img, n, o)) return 0;
    /* the handshake stopped whatever ran there: let the device run its current image again */
    if (s.greeted && p->fd >= 0) {
        uint8_t flags = 0;
        s.seq++;
        s.ninj = 0;
        if (!send_frame(&s, CK_FP_RUN, &flags, 1)) receive(&s, o->timeout_ms ? o->timeout_ms : 1000);
    }
    return -1;
}

/* --- the console after RUN ------------------------------------------------------------------- */
int ck_flash_monitor(ck_port *p, FILE *out, ck_run_report *rep, int idle_ms)
{
    static uint8_t b[2 * (CK_FP_HDR + CK_FP_MAX_PAYLOAD + 4)];
    size_t n = 0;
    int quiet_ms = 0;
    for (;;) {
        /* console bytes go out up to a possible frame start; a frame that proves not to be one
         * (bad length or CRC) was console output too */
        size_t i = 0;
        while (i < n) {
            if (b[i] != CK_FP_SYNC0) { i++; continue; }
            if (i + 1 < n && b[i + 1] != CK_FP_SYNC1) { i++; continue; }
            if (i + CK_FP_HDR > n) break;
            uint16_t len = (uint16_t)(b[i + 4] | b[i + 5] << 8);
            size_t total = CK_FP_HDR + len + 4u;
            if (len > CK_FP_MAX_PAYLOAD) { i++; continue; }
            if (i + total > n) break;
            if (ck_crc32(b + i + 2, 4u + len) != ck_get32(b + i + CK_FP_HDR + len)) { i++; continue; }
            fwrite(b, 1, i, out);
            fflush(out);
            if (b[i + 2] == CK_FP_DONE && len >= CK_FP_DONE_SIZE) {
                const uint8_t *q = b + i + CK_FP_HDR;
                size_t tl = len - CK_FP_DONE_SIZE < sizeof rep->text - 1 ? len - CK_FP_DONE_SIZE : sizeof rep->text - 1;
                rep->status = ck_get32(q);
                rep->outcome = q[4];
                rep->func = ck_get32(q + 8);
                rep->pc = ck_get32(q + 12);
                rep->addr = ck_get32(q + 16);
                if (rep->outcome == CK_FP_DONE_LOAD) {    /* no image at hand: names become "function N" */
                    char text[sizeof rep->text];
                    const char *t = refusal_text(q + CK_FP_DONE_SIZE, len - CK_FP_DONE_SIZE, NULL, 0, text, sizeof text);
                    tl = strlen(t) < sizeof rep->text - 1 ? strlen(t) : sizeof rep->text - 1;
                    memcpy(rep->text, t, tl);
                    rep->text[tl] = 0;
                } else {
                    memcpy(rep->text, q + CK_FP_DONE_SIZE, tl);
                    rep->text[tl] = 0;
                }
                ck_port_unread(p, b + i + total, n - i - total);
                return 1;
            }
            memmove(b, b + i + total, n - i - total);     /* a stray protocol frame: not console */
            n -= i + total;
            i = 0;
        }
        fwrite(b, 1, i, out);
        fflush(out);
        memmove(b, b + i, n - i);
        n -= i;
        int r = ck_port_read(p, b + n, sizeof b - n, 200);
        if (r < 0) break;
        if (r == 0) {
            quiet_ms += 200;
            if (n) {                      /* a frame start that went quiet: it was console output */
                fwrite(b, 1, 1, out);
                memmove(b, b + 1, --n);
            }
            if (idle_ms && quiet_ms >= idle_ms) break;
            continue;
        }
        quiet_ms = 0;
        n += (size_t)r;
    }
    fwrite(b, 1, n, out);
    fflush(out);
    return 0;
}
