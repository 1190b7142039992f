/* Flashing through a GDB remote-serial-protocol server (QEMU's -gdb, Black Magic Probe, OpenOCD,
 * pyOCD, J-Link): the image goes into the inactive slot with memory writes, the metadata word is
 * switched to it, and the board is reset (see reset()). The firmware verifies the image at boot and
 * falls back to the other slot if it is bad. */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "ckflash.h"
#include "cktools.h"
#include "cockpit/config.h"
#include "cockpit/format.h"

#define META_MAGIC 0xC0C4u
#define CHUNK 256

static int gdb_send(ck_port *p, const char *body)
{
    unsigned sum = 0;
    for (const char *c = body; *c; c++) sum += (uint8_t)*c;
    char tail[4];
    snprintf(tail, sizeof tail, "#%02x", sum & 0xFFu);
    return ck_port_write(p, "$", 1) || ck_port_write(p, body, strlen(body)) || ck_port_write(p, tail, 3);
}

/* Reads one packet body (after acknowledging it); -1 on timeout or a closed line. */
static int gdb_recv_ms(ck_port *p, char *out, size_t cap, int ms)
{
    size_t n = 0;
    int in = 0;
    char c;
    for (;;) {
        int r = ck_port_read(p, &c, 1, in ? 3000 : ms);
        if (r <= 0) return -1;
        if (!in) { if (c == '$') in = 1; continue; }
        if (c == '#') {
            char ck[2];
            if (ck_port_read(p, ck, 1, 1000) <= 0 || ck_port_read(p, ck + 1, 1, 1000) <= 0) return -1;
            ck_port_write(p, "+", 1);
            out[n] = 0;
            return (int)n;
        }
        if (n + 1 < cap) out[n++] = c;
    }
}

static int gdb_recv(ck_port *p, char *out, size_t cap)
{
    return gdb_recv_ms(p, out, cap, 3000);
}

static int gdb_cmd(ck_port *p, const char *cmd, char *reply, size_t cap)
{
    if (gdb_send(p, cmd)) return -1;
    return gdb_recv(p, reply, cap);
}

static int write_mem(ck_port *p, uint32_t addr, const uint8_t *b, size_t n, char *err, size_t errlen)
{
    char cmd[32 + 2 * CHUNK], reply[64];
    for (size_t off = 0; off < n; off += CHUNK) {
        size_t k = n - off < CHUNK ? n - off : CHUNK;
        int len = snprintf(cmd, sizeof cmd, "M%x,%zx:", (unsigned)(addr + off), k);
        for (size_t i = 0; i < k; i++) len += snprintf(cmd + len, sizeof cmd - (size_t)len, "%02x", b[off + i]);
        if (gdb_cmd(p, cmd, reply, sizeof reply) < 0 || strcmp(reply, "OK")) {
            snprintf(err, errlen, "memory write at 0x%x failed (%s)", (unsigned)(addr + off), reply[0] ? reply : "no answer");
            return -1;
        }
    }
    return 0;
}

static int read_word(ck_port *p, uint32_t addr, uint32_t *v)
{
    char cmd[32], reply[64];
    snprintf(cmd, sizeof cmd, "m%x,4", (unsigned)addr);
    if (gdb_cmd(p, cmd, reply, sizeof reply) != 8) return -1;
    uint8_t b[4];
    for (int i = 0; i < 4; i++) {
        unsigned x;
        if (sscanf(reply + 2 * i, "%2x", &x) != 1) return -1;
        b[i] = (uint8_t)x;
    }
    *v = b[0] | b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    return 0;
}

/* A monitor command (qRcmd); 0 if the server accepted it. */
static int monitor_cmd(ck_port *p, const char *text)
{
    char cmd[128], reply[256];
    int n = snprintf(cmd, sizeof cmd, "qRcmd,");
    for (const char *c = text; *c; c++) n += snprintf(cmd + n, sizeof cmd - (size_t)n, "%02x", (uint8_t)*c);
    if (gdb_send(p, cmd) || gdb_recv(p, reply, sizeof reply) < 0) return -1;
    /* console output packets ("O" and hex) may come before the answer */
    while (reply[0] == 'O' && isxdigit((unsigned char)reply[1]))
        if (gdb_recv(p, reply, sizeof reply) < 0) return -1;
    return strcmp(reply, "OK") ? -1 : 0;
}

/* Resets the board so that the firmware boots the new image. A Cortex-M core resets itself on a
 * SYSRESETREQ written to AIRCR, which probes carry out; QEMU's gdbstub writes only RAM, so its
 * monitor's system_reset does it there; OpenOCD knows "reset run". */
static int reset(ck_port *p, const ck_board_desc *bd)
{
    char err[128];
    int ok = 0;
    if (bd->reset == CK_RESET_AIRCR) {
        static const uint8_t aircr[4] = {0x04, 0x00, 0xFA, 0x05};
        ok = !write_mem(p, 0xE000ED0Cu, aircr, 4, err, sizeof err);
    }
    if (!monitor_cmd(p, "system_reset") || !monitor_cmd(p, "reset run")) ok = 1;
    gdb_send(p, "c");              /* let the core run (a server that reset it may ignore this) */
    return ok ? 0 : -1;
}

static int check_image(const ck_board_desc *bd, const uint8_t *img, size_t n, char *err, size_t errlen)
{
    if (n < CK_HDR_SIZE || memcmp(img, "CKBC", 4)) {
        snprintf(err, errlen, "not a Cockpit image (no CKBC header)");
        return -1;
    }
    uint32_t size = img[8] | img[9] << 8 | (uint32_t)img[10] << 16 | (uint32_t)img[11] << 24;
    unsigned version = img[4] | img[5] << 8;
    if (size != n) {
        snprintf(err, errlen, "the image header says %u bytes but there are %zu; nothing was written", (unsigned)size, n);
        return -1;
    }
    if (version != CK_IMAGE_VERSION) {
        snprintf(err, errlen, "the image has format version %u but the '%s' firmware runs version %u; nothing was written",
                 version, bd->name, CK_IMAGE_VERSION);
        return -1;
    }
    if (n > bd->slot_size) {
        snprintf(err, errlen, "the image is %zu bytes but the '%s' slot holds %u; nothing was written", n, bd->name,
                 (unsigned)bd->slot_size);
        return -1;
    }
    return 0;
}

int ck_flash_gdb(const char *hostport, const ck_board_desc *bd, const uint8_t *img, size_t n, char *err, size_t errlen)
{
    ck_port p;
    char spec[160], reply[512];
    if (!bd->meta_addr) {
        snprintf(err, errlen, "the '%s' firmware keeps its slots in flash: flash it over its serial port (--port)", bd->name);
        return -1;
    }
    if (check_image(bd, img, n, err, errlen)) return -1;
    snprintf(spec, sizeof spec, "%s%s", strncmp(hostport, "unix:", 5) ? "tcp:" : "", hostport);
    if (ck_port_open(&p, spec, err, errlen)) return -1;
    int rc = -1;
    ck_port_write(&p, "+", 1);
    if (gdb_cmd(&p, "?", reply, sizeof reply) < 0) {
        snprintf(err, errlen, "no GDB server answers on %s", hostport);
        goto out;
    }
    /* some servers (QEMU) announce the stop on connection too: drain such stop replies */
    while (gdb_recv_ms(&p, reply, sizeof reply, 200) >= 0) { }
    uint32_t meta = 0, current;
    if (read_word(&p, bd->meta_addr, &meta)) {
        snprintf(err, errlen, "cannot read the slot metadata through %s", hostport);
        goto out;
    }
    current = (meta >> 16) == META_MAGIC && (meta & 0xFFFFu) < 2 ? (meta & 0xFFFFu) : 1u;
    uint32_t slot = current == 0 ? 1u : 0u;
    if (write_mem(&p, bd->slot_addr + slot * bd->slot_size, img, n, err, errlen)) goto out;
    /* read back before switching: only a verified copy becomes current */
    for (size_t off = 0; off < n; off += 4) {
        uint32_t v, want = 0;
        if (read_word(&p, bd->slot_addr + slot * bd->slot_size + (uint32_t)off, &v)) {
            snprintf(err, errlen, "read-back failed at byte %zu", off);
            goto out;
        }
        memcpy(&want, img + off, n - off < 4 ? n - off : 4);
        uint32_t mask = n - off >= 4 ? 0xFFFFFFFFu : (1u << (8 * (n - off))) - 1u;
        if ((v & mask) != want) {
            snprintf(err, errlen, "read-back differs at byte %zu", off);
            goto out;
        }
    }
    uint8_t m[4];
    uint32_t nm = META_MAGIC << 16 | slot;
    for (int i = 0; i < 4; i++) m[i] = (uint8_t)(nm >> (8 * i));
    if (write_mem(&p, bd->meta_addr, m, 4, err, errlen)) goto out;
    if (reset(&p, bd)) {
        snprintf(err, errlen, "the image is written but %s did not reset the board: reset it by hand", hostport);
        goto out;
    }
    rc = 0;
out:
    ck_port_close(&p);
    return rc;
}
