/* Fuzz harness: the host side of the flash protocol (flash/client.c: frame decoding, the
 * handshake, transfer, read-back and run answers, refusal texts; then ck_flash_monitor on what
 * follows), talking to a fake device whose every answer comes from the input.
 *
 * The port is one end of a socket pair; the device's bytes are written into the other end before
 * the session starts, then that end is shut for writing, so the client reads them and then a
 * closed line (no waiting), or, after a silence record, it stays open during ck_flash_serial: the
 * device goes quiet and the client's timeouts (1 ms here) and retries run out. Both ends are
 * non-blocking: a client that sends more than the socket holds sees a lost connection rather than
 * hanging.
 *
 * Input: records that the harness turns into the device's byte stream (so that frames carry a
 * right CRC and the sequence number the client expects unless the record says otherwise).
 * Each record starts with a control byte c:
 *   c & 3 == 0    raw bytes: u8 count, then that many bytes as they are (console output, noise);
 *                 with c & 128: silence, the end of the stream (the rest of the input is unused);
 *   otherwise     a frame: u8 type, [u8 seq if c & 4], u16 length (LE), then the payload:
 *     c & 32        u32 offset, then the image's own bytes from that offset (a read-back answer);
 *     else          length bytes of the input;
 *     c & 4         the seq is the record's, else the next one (1, 2, ...: the client numbers
 *                   its requests from 1); c & 8: the next frame gets the same seq (after a NAK);
 *     c & 16        the CRC is wrong;
 *     c & 64        the length field keeps the record's value, whatever the payload.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "ckasm.h"
#include "ckflash.h"
#include "cklink.h"
#include "cockpit/flashproto.h"
#include "fuzz.h"

#define MAX_STREAM 60000u

static ck_buf image;

/* The image being flashed: a small program with names, assembled and linked once. */
static const char program[] =
    ".import io.write, 1, 2, 1\n"
    ".global main\n"
    ".func main, args=0, rets=1, regs=4, frame=0\n"
    "        li      r1, msg\n"
    "        lih     r2, 3\n"
    "        calln   io.write, r1\n"
    "        lih     r0, 7\n"
    "        ret\n"
    ".endfunc\n"
    ".rodata\n"
    "msg:    .ascii  \"hi\\n\"\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ck_obj o;
    ck_image im;
    char err[256];
    ck_buf b = {0};
    memset(&im, 0, sizeof im);
    ck_link_input in = { "flash.cko", &o, 0 };
    ck_link_opts lo = { "main", 0, 1 };
    if (ck_asm_assemble("flash.cks", program, sizeof program - 1, &b) || ck_obj_read(&o, b.data, b.len, err, sizeof err) ||
        ck_link(&in, 1, &lo, &im)) {
        fprintf(stderr, "fuzz/flash: cannot build the test image\n");
        abort();
    }
    ck_image_write(&im, &image);
    ck_image_free(&im);
    ck_obj_free(&o);
    ck_buf_free(&b);
    return 0;
}

/* The device's stream from the records of the input; 1 if it ends in silence. */
static int device_stream(const uint8_t *d, size_t n, ck_buf *s)
{
    size_t i = 0;
    unsigned seq = 1;
    while (i < n && s->len < MAX_STREAM) {
        uint8_t c = d[i++];
        if (!(c & 3) && (c & 128)) return 1;
        if (!(c & 3)) {
            size_t k = i < n ? d[i++] : 0;
            if (k > n - i) k = n - i;
            ck_buf_put(s, d + i, k);
            i += k;
            continue;
        }
        uint8_t type = i < n ? d[i++] : 0;
        uint8_t fseq = (uint8_t)seq;
        if (c & 4) fseq = i < n ? d[i++] : 0;
        else if (!(c & 8)) seq++;
        unsigned len = i + 1 < n ? (unsigned)(d[i] | d[i + 1] << 8) : 0;
        i += i + 1 < n ? 2 : n - i;
        uint8_t payload[CK_FP_MAX_PAYLOAD + 64];
        size_t plen = 0, cap = len < sizeof payload ? len : sizeof payload;
        if (c & 32) {
            uint32_t off = 0;
            for (int b = 0; b < 4 && i < n; b++) off |= (uint32_t)d[i++] << (8 * b);
            ck_put32(payload, off);
            plen = 4;
            while (plen < cap && off < image.len) payload[plen++] = image.data[off++];
        } else {
            plen = cap < n - i ? cap : n - i;
            memcpy(payload, d + i, plen);
            i += plen;
        }
        unsigned lenfield = c & 64 ? len : (unsigned)plen;
        uint8_t h[CK_FP_HDR] = { CK_FP_SYNC0, CK_FP_SYNC1, type, fseq, (uint8_t)lenfield, (uint8_t)(lenfield >> 8) };
        ck_buf f = {0};
        ck_buf_put(&f, h + 2, 4);
        ck_buf_put(&f, payload, plen);
        uint32_t crc = ck_crc32(f.data, f.len) ^ (c & 16 ? 0x10u : 0u);
        ck_buf_free(&f);
        ck_buf_put(s, h, sizeof h);
        ck_buf_put(s, payload, plen);
        ck_buf_u32(s, crc);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384) return 0;
    ck_buf s = {0};
    int silent = device_stream(data, size, &s);
    if (s.len > MAX_STREAM) s.len = MAX_STREAM;

    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) abort();
    int big = 256 * 1024;
    setsockopt(sv[1], SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
    for (int k = 0; k < 2; k++) fcntl(sv[k], F_SETFL, fcntl(sv[k], F_GETFL) | O_NONBLOCK);
    for (size_t off = 0; off < s.len;) {
        ssize_t w = send(sv[1], s.data + off, s.len - off, MSG_NOSIGNAL);
        if (w <= 0) break;                       /* the socket is full: the rest is lost */
        off += (size_t)w;
    }
    if (!silent) shutdown(sv[1], SHUT_WR);
    ck_buf_free(&s);

    ck_port p;
    memset(&p, 0, sizeof p);
    p.fd = sv[0];
    p.sock = 1;
    strcpy(p.name, "fuzz");
    ck_flash_opts o;
    memset(&o, 0, sizeof o);
    o.quiet = 1;
    o.run_flags = CK_FP_RUN_REPORT;
    o.timeout_ms = 1;

    quiet();
    ck_run_report rep;
    memset(&rep, 0, sizeof rep);
    ck_flash_serial(&p, image.data, image.len, &o);
    shutdown(sv[1], SHUT_WR);                    /* the monitor waits for the line to close */
    /* what is left (all of it after a refused session) goes to the console monitor */
    if (ck_flash_monitor(&p, fuzz_null(), &rep, 0) == 1)
        FUZZ_CHECK(memchr(rep.text, 0, sizeof rep.text) != NULL, "DONE text not terminated");
    loud();
    ck_port_close(&p);
    close(sv[1]);
    return 0;
}
