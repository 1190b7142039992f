/* The flash protocol between `cockpit flash` and the firmware's resident loader, defined once.
 * Specified in docs/flash-protocol.md.
 *
 * Frame: 0x7E 0x43 ('C'), u8 type, u8 seq, u16 len (little endian), len payload bytes,
 *        u32 CRC-32 (IEEE) of type..payload.  The device answers every host frame with the same seq.
 */
#ifndef COCKPIT_FLASHPROTO_H
#define COCKPIT_FLASHPROTO_H

#define CK_FP_VERSION       1u
#define CK_FP_SYNC0         0x7Eu
#define CK_FP_SYNC1         0x43u
#define CK_FP_HDR           6u      /* sync0 sync1 type seq len16 */
#define CK_FP_MAX_PAYLOAD   1024u
#define CK_FP_DATA_CHUNK    512u    /* image bytes per DATA frame the host sends */

enum ck_fp_type {
    /* host -> device */
    CK_FP_HELLO = 0x01,   /* u16 protocol version                      -> INFO */
    CK_FP_BEGIN = 0x02,   /* u32 image size, u32 image CRC-32           -> ACK(resume offset) | ERR */
    CK_FP_DATA  = 0x03,   /* u32 offset, bytes                          -> ACK(next offset) | NAK */
    CK_FP_END   = 0x04,   /* (none): verify, then make it the current image -> ACK | ERR */
    CK_FP_READ  = 0x05,   /* u32 offset, u16 length (current image)     -> RDATA | ERR */
    CK_FP_RUN   = 0x06,   /* u8 flags [, u64 budget, u32 guest memory]  -> ACK, runs the image [, DONE] */
    /* device -> host */
    CK_FP_INFO  = 0x81,   /* u16 proto, u16 image format, u32 slot size, u32 guest memory, board name */
    CK_FP_ACK   = 0x82,   /* u32 value */
    CK_FP_NAK   = 0x83,   /* u8 reason: the frame was damaged or out of place; send it again */
    CK_FP_ERR   = 0x84,   /* text: the request was refused; the current image is untouched */
    CK_FP_RDATA = 0x85,   /* u32 offset, bytes */
    CK_FP_DONE  = 0x86    /* u32 status, u8 outcome, 3 x u8 0, u32 func, u32 pc, u32 addr, text */
};

#define CK_FP_RUN_EXIT      0x01u   /* stop the emulator with the guest's status when it ends (tests) */
#define CK_FP_RUN_REPORT    0x02u   /* send DONE (same seq as RUN) when the guest ends */
#define CK_FP_RUN_SIZE      13u     /* RUN payload with budget and memory (the short form is 1 byte) */
#define CK_FP_DONE_SIZE     20u     /* DONE payload before its text */
#define CK_FP_DONE_TEXT     64u     /* at most this many bytes of DONE text */

/* DONE outcome: CK_FP_DONE_EXIT, a VM fault kind (ckvm.h, 1..254), or the image did not load. */
#define CK_FP_DONE_EXIT     0u
#define CK_FP_DONE_LOAD     255u    /* text: why the VM refused the image */

enum ck_fp_nak { CK_FP_NAK_CRC = 1, CK_FP_NAK_LENGTH = 2, CK_FP_NAK_ORDER = 3 };

#endif
