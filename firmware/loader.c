/* The resident loader: receives images over the console UART with the flash protocol
 * (docs/flash-protocol.md), stores them in the inactive slot, verifies them completely, and only
 * then makes them current. An image that fails any check is never run; the current one stays. */
#include <string.h>
#include "board.h"
#include "firmware.h"
#include "cockpit/config.h"
#include "cockpit/flashproto.h"
#include "verrors.h"
#include "ckvm.h"

#define META_MAGIC   0xC0C4u             /* high half of the metadata word; low half = slot */
#define FRAME_GAP_MS 200u                /* a pause this long inside a frame drops it */

/* In .noinit: a frame that interrupted a guest is received before the reset into the loader. */
static uint8_t frame[CK_FP_HDR + CK_FP_MAX_PAYLOAD + 4] __attribute__((section(".noinit")));

/* The transfer in progress, kept so an interrupted one can resume. */
static struct {
    int active;
    uint32_t size, crc, received;
} xfer;

static uint32_t get32(const uint8_t *p) { return p[0] | p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t get16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static void put32(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24); }
static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }

int ck_fw_current_slot(void)
{
    uint32_t m = ck_board_meta_read();
    return (m >> 16) == META_MAGIC && (m & 0xFFFFu) < 2 ? (int)(m & 0xFFFFu) : -1;
}

/* The slot a new image goes to: never the current one. */
static int staging_slot(void)
{
    return ck_fw_current_slot() == 0 ? 1 : 0;
}

/* One frame, streamed out: header, then a and b (either may be empty), then the CRC. */
static void send(uint8_t type, uint8_t seq, const uint8_t *a, uint16_t na, const uint8_t *b, uint16_t nb)
{
    uint8_t h[CK_FP_HDR], t[4];
    h[0] = CK_FP_SYNC0;
    h[1] = CK_FP_SYNC1;
    h[2] = type;
    h[3] = seq;
    put16(h + 4, (uint16_t)(na + nb));
    uint32_t crc = ck_vm_crc32(ck_vm_crc32(ck_vm_crc32(0, h + 2, 4), a, na), b, nb);
    put32(t, crc);
    for (uint32_t i = 0; i < CK_FP_HDR; i++) ck_board_putc(h[i]);
    for (uint32_t i = 0; i < na; i++) ck_board_putc(a[i]);
    for (uint32_t i = 0; i < nb; i++) ck_board_putc(b[i]);
    for (uint32_t i = 0; i < 4; i++) ck_board_putc(t[i]);
}

static void send_nak(uint8_t seq, uint8_t reason)
{
    send(CK_FP_NAK, seq, &reason, 1, NULL, 0);
}

static void send_ack(uint8_t seq, uint32_t v)
{
    uint8_t p[4];
    put32(p, v);
    send(CK_FP_ACK, seq, p, 4, NULL, 0);
}

static void send_err(uint8_t seq, const char *msg)
{
    send(CK_FP_ERR, seq, (const uint8_t *)msg, (uint16_t)strlen(msg), NULL, 0);
}

static void send_info(uint8_t seq)
{
    uint8_t p[12];
    put16(p, CK_FP_VERSION);
    put16(p + 2, CK_IMAGE_VERSION);
    put32(p + 4, ck_board.slot_size);
    put32(p + 8, ck_board.guest_mem);
    send(CK_FP_INFO, seq, p, 12, (const uint8_t *)ck_board.name, (uint16_t)strlen(ck_board.name));
}

/* Reads one byte, waiting at most ms milliseconds (-1 on timeout). */
static int getc_timeout(uint32_t ms)
{
    uint32_t t0 = ck_board_ticks(), limit = ck_board_tick_hz() / 1000u * ms;
    for (;;) {
        int c = ck_board_getc();
        if (c >= 0) return c;
        if (ck_board_ticks() - t0 > limit) return -1;
    }
}

/* Receives the rest of a frame whose two sync bytes were seen. Returns its payload length, or
 * -1 for a damaged frame (NAK sent) or a stall (dropped silently). */
static int receive_frame(void)
{
    for (uint32_t i = 2; i < CK_FP_HDR; i++) {
        int c = getc_timeout(FRAME_GAP_MS);
        if (c < 0) return -1;
        frame[i] = (uint8_t)c;
    }
    uint16_t len = get16(frame + 4);
    if (len > CK_FP_MAX_PAYLOAD) {
        send_nak(frame[3], CK_FP_NAK_LENGTH);
        return -1;
    }
    for (uint32_t i = 0; i < len + 4u; i++) {
        int c = getc_timeout(FRAME_GAP_MS);
        if (c < 0) return -1;
        frame[CK_FP_HDR + i] = (uint8_t)c;
    }
    if (ck_vm_crc32(0, frame + 2, 4u + len) != get32(frame + CK_FP_HDR + len)) {
        send_nak(frame[3], CK_FP_NAK_CRC);
        return -1;
    }
    return len;
}

/* Waits for the two sync bytes that start a frame; anything else on the line is ignored. */
static void await_sync(void)
{
    int prev = -1, c;
    for (;;) {
        while ((c = ck_board_getc()) < 0) { }
        if (prev == CK_FP_SYNC0 && c == CK_FP_SYNC1) return;
        prev = c;
    }
}

static void handle_begin(uint8_t seq, const uint8_t *p, int len)
{
    if (len != 8) { send_err(seq, "BEGIN: bad length"); return; }
    uint32_t size = get32(p), crc = get32(p + 4);
    if (size < 32) { send_err(seq, "image too small to be an image"); return; }
    if (size > ck_board.slot_size) { send_err(seq, "image larger than the slot"); return; }
    if (xfer.active && xfer.size == size && xfer.crc == crc) {
        send_ack(seq, xfer.received);          /* resume where the last attempt stopped */
        return;
    }
    xfer.active = 1;
    xfer.size = size;
    xfer.crc = crc;
    xfer.received = 0;
    send_ack(seq, 0);
}

static void handle_data(uint8_t seq, const uint8_t *p, int len)
{
    if (!xfer.active || len < 4) { send_err(seq, "DATA without BEGIN"); return; }
    uint32_t off = get32(p), n = (uint32_t)len - 4u;
    if (off > xfer.received) {                 /* a gap: ask for what is missing */
        send_nak(seq, CK_FP_NAK_ORDER);
        return;
    }
    if (off > xfer.size || n > xfer.size - off) { send_err(seq, "DATA beyond the announced size"); return; }
    if (off + n > xfer.received) {             /* only what is new: slots are written in order */
        uint32_t skip = xfer.received - off;
        if (ck_board_slot_write(staging_slot(), xfer.received, p + 4 + skip, n - skip)) {
            send_err(seq, "slot write failed");
            return;
        }
        xfer.received = off + n;
    }
    send_ack(seq, xfer.received);
}

static void handle_end(uint8_t seq)
{
#ifdef CK_VM_TERSE_ERRORS
    static char msg[CK_VERR_TERSE_SIZE];       /* "#C A1 ...": the host words it (verrors.h) */
#else
    static char msg[160];
#endif
    if (!xfer.active || xfer.received != xfer.size) { send_err(seq, "END before the whole image arrived"); return; }
    int slot = staging_slot();
    const uint8_t *img = ck_board_slot(slot);
    if (ck_vm_crc32(0, img, xfer.size) != xfer.crc) {
        xfer.active = 0;
        send_err(seq, "image CRC mismatch after transfer");
        return;
    }
    if (ck_fw_verify(img, xfer.size, msg, sizeof msg)) {
        xfer.active = 0;
        send_err(seq, msg);
        return;
    }
    ck_board_meta_write((uint32_t)META_MAGIC << 16 | (uint32_t)slot);
    xfer.active = 0;
    send_ack(seq, xfer.size);
}

static void handle_read(uint8_t seq, const uint8_t *p, int len)
{
    uint8_t h[4];
    int slot = ck_fw_current_slot();
    if (len != 6 || slot < 0) { send_err(seq, "READ: no current image"); return; }
    uint32_t off = get32(p), n = get16(p + 4);
    if (n > CK_FP_MAX_PAYLOAD - 4u || off > ck_board.slot_size || n > ck_board.slot_size - off) {
        send_err(seq, "READ outside the slot");
        return;
    }
    put32(h, off);
    send(CK_FP_RDATA, seq, h, 4, ck_board_slot(slot) + off, (uint16_t)n);
}

static void handle_run(ck_fw_run *run, uint8_t seq, const uint8_t *p, int len)
{
    run->flags = len >= 1 ? p[0] : 0;
    run->seq = seq;
    run->budget = 0;
    run->mem = 0;
    if (len >= (int)CK_FP_RUN_SIZE) {
        run->budget = (uint64_t)get32(p + 5) << 32 | get32(p + 1);
        run->mem = get32(p + 9);
    }
    send_ack(seq, 0);
}

int ck_fw_take_frame(void)
{
    return receive_frame();
}

void ck_fw_loader(ck_fw_run *run, int pending)
{
    frame[0] = CK_FP_SYNC0;
    frame[1] = CK_FP_SYNC1;
    for (;;) {
        int len = pending;
        if (len < 0) {
            await_sync();
            len = receive_frame();
        }
        pending = -1;
        if (len < 0) continue;
        uint8_t type = frame[2], seq = frame[3];
        const uint8_t *p = frame + CK_FP_HDR;
        switch (type) {
        case CK_FP_HELLO:
            if (len < 2 || get16(p) != CK_FP_VERSION) {
                send_err(seq, "unsupported flash protocol version (device speaks 1)");
                break;
            }
            send_info(seq);
            break;
        case CK_FP_BEGIN: handle_begin(seq, p, len); break;
        case CK_FP_DATA:  handle_data(seq, p, len); break;
        case CK_FP_END:   handle_end(seq); break;
        case CK_FP_READ:  handle_read(seq, p, len); break;
        case CK_FP_RUN:
            if (ck_fw_current_slot() < 0) { send_err(seq, "no image to run"); break; }
            if (len >= (int)CK_FP_RUN_SIZE && get32(p + 9) > ck_board.guest_mem) {
                send_err(seq, "more guest memory asked for than the board has");
                break;
            }
            handle_run(run, seq, p, len);
            return;
        default:
            send_err(seq, "unknown request");
            break;
        }
    }
}

void ck_fw_done(const ck_fw_run *run, uint32_t status, unsigned outcome, uint32_t func, uint32_t pc,
                uint32_t addr, const char *text)
{
    uint8_t p[CK_FP_DONE_SIZE] = {0};
    size_t n = strlen(text);
    put32(p, status);
    p[4] = (uint8_t)outcome;
    put32(p + 8, func);
    put32(p + 12, pc);
    put32(p + 16, addr);
    send(CK_FP_DONE, run->seq, p, CK_FP_DONE_SIZE, (const uint8_t *)text,
         (uint16_t)(n < CK_FP_DONE_TEXT ? n : CK_FP_DONE_TEXT));
}
