/* The resident loader: receives images over the console UART with the flash protocol
 * (docs/flash-protocol.md), stores them in the inactive slot, verifies them completely, and only
 * then makes them current. An image that fails any check is never run; the current one stays. */
#include <string.h>
#include "board.h"
#include "firmware.h"
#include "cockpit/config.h"
#include "cockpit/flashproto.h"

#define META_MAGIC   0xC0C4u             /* high half of the metadata word; low half = slot */
#define FRAME_GAP_MS 200u                /* a pause this long inside a frame drops it */

static uint8_t frame[CK_FP_HDR + CK_FP_MAX_PAYLOAD + 4];
static uint8_t reply[CK_FP_HDR + CK_FP_MAX_PAYLOAD + 4];

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

static void send(uint8_t type, uint8_t seq, const uint8_t *payload, uint16_t len)
{
    reply[0] = CK_FP_SYNC0;
    reply[1] = CK_FP_SYNC1;
    reply[2] = type;
    reply[3] = seq;
    put16(reply + 4, len);
    if (len) memcpy(reply + CK_FP_HDR, payload, len);
    put32(reply + CK_FP_HDR + len, ck_fw_crc32(0, reply + 2, 4u + len));
    for (uint32_t i = 0; i < CK_FP_HDR + len + 4u; i++) ck_board_putc(reply[i]);
}

static void send_ack(uint8_t seq, uint32_t v)
{
    uint8_t p[4];
    put32(p, v);
    send(CK_FP_ACK, seq, p, 4);
}

static void send_err(uint8_t seq, const char *msg)
{
    send(CK_FP_ERR, seq, (const uint8_t *)msg, (uint16_t)strlen(msg));
}

static void send_info(uint8_t seq)
{
    uint8_t p[64];
    size_t n = strlen(ck_board.name);
    if (n > sizeof p - 12) n = sizeof p - 12;
    put16(p, CK_FP_VERSION);
    put16(p + 2, CK_IMAGE_VERSION);
    put32(p + 4, ck_board.slot_size);
    put32(p + 8, ck_board.guest_mem);
    memcpy(p + 12, ck_board.name, n);
    send(CK_FP_INFO, seq, p, (uint16_t)(12 + n));
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
        uint8_t r = CK_FP_NAK_LENGTH;
        send(CK_FP_NAK, frame[3], &r, 1);
        return -1;
    }
    for (uint32_t i = 0; i < len + 4u; i++) {
        int c = getc_timeout(FRAME_GAP_MS);
        if (c < 0) return -1;
        frame[CK_FP_HDR + i] = (uint8_t)c;
    }
    if (ck_fw_crc32(0, frame + 2, 4u + len) != get32(frame + CK_FP_HDR + len)) {
        uint8_t r = CK_FP_NAK_CRC;
        send(CK_FP_NAK, frame[3], &r, 1);
        return -1;
    }
    return len;
}

/* Waits for the two sync bytes; returns 0 when seen, -1 if ms passed (0 = forever). */
static int await_sync(uint32_t ms)
{
    int prev = -1;
    uint32_t t0 = ck_board_ticks(), limit = ck_board_tick_hz() / 1000u * ms;
    for (;;) {
        int c = ck_board_getc();
        if (c >= 0) {
            if (prev == CK_FP_SYNC0 && c == CK_FP_SYNC1) {
                frame[0] = CK_FP_SYNC0;
                frame[1] = CK_FP_SYNC1;
                return 0;
            }
            prev = c;
        }
        if (ms && ck_board_ticks() - t0 > limit) return -1;
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
        uint8_t r = CK_FP_NAK_ORDER;
        send(CK_FP_NAK, seq, &r, 1);
        return;
    }
    if (off > xfer.size || n > xfer.size - off) { send_err(seq, "DATA beyond the announced size"); return; }
    if (ck_board_slot_write(staging_slot(), off, p + 4, n)) { send_err(seq, "slot write failed"); return; }
    if (off + n > xfer.received) xfer.received = off + n;
    send_ack(seq, xfer.received);
}

static void handle_end(uint8_t seq)
{
    static char msg[160];
    if (!xfer.active || xfer.received != xfer.size) { send_err(seq, "END before the whole image arrived"); return; }
    int slot = staging_slot();
    const uint8_t *img = ck_board_slot(slot);
    if (ck_fw_crc32(0, img, xfer.size) != xfer.crc) {
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
    static uint8_t out[CK_FP_MAX_PAYLOAD];
    int slot = ck_fw_current_slot();
    if (len != 6 || slot < 0) { send_err(seq, "READ: no current image"); return; }
    uint32_t off = get32(p), n = get16(p + 4);
    if (n > CK_FP_MAX_PAYLOAD - 4u || off > ck_board.slot_size || n > ck_board.slot_size - off) {
        send_err(seq, "READ outside the slot");
        return;
    }
    put32(out, off);
    memcpy(out + 4, ck_board_slot(slot) + off, n);
    send(CK_FP_RDATA, seq, out, (uint16_t)(4 + n));
}

/* Serves frames until a RUN request; returns its flags. If a frame's sync bytes were already
 * consumed (the guest was interrupted by them), pending is 1. */
int ck_fw_loader(int pending)
{
    for (;;) {
        if (!pending && await_sync(0)) continue;
        pending = 0;
        int len = receive_frame();
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
            send_ack(seq, 0);
            return len >= 1 ? p[0] : 0;
        default:
            send_err(seq, "unknown request");
            break;
        }
    }
}

/* Called by the running guest's host loop: has the host started a frame? */
int ck_fw_poll_sync(void)
{
    static int prev = -1;
    int c = ck_board_getc();
    if (c < 0) return 0;
    int hit = prev == CK_FP_SYNC0 && c == CK_FP_SYNC1;
    prev = c;
    if (hit) {
        frame[0] = CK_FP_SYNC0;
        frame[1] = CK_FP_SYNC1;
        prev = -1;
    }
    return hit;
}
