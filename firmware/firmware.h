/* The portable part of the firmware: loader, natives and the run loop, over board.h. */
#ifndef COCKPIT_FIRMWARE_H
#define COCKPIT_FIRMWARE_H

#include <stddef.h>
#include <stdint.h>

/* How to run the current image: from a RUN request, or defaults at boot. */
typedef struct ck_fw_run {
    uint8_t flags;          /* CK_FP_RUN_* */
    uint8_t seq;            /* of the RUN frame: DONE answers with it */
    uint32_t mem;           /* guest memory bytes; 0 = the board's default */
    uint64_t budget;        /* 0 = unlimited */
} ck_fw_run;

/* CRC-32 of frames and images: ck_vm_crc32 (vm/core/load.c, ckvm.h), the VM loader's own */
/* Full VM verification of an image against this device; 0, or -1 with a message. */
int ck_fw_verify(const uint8_t *img, uint32_t n, char *err, uint32_t errlen);
/* The slot holding the current image, or -1. */
int ck_fw_current_slot(void);
/* Serves the flash protocol until RUN and fills *run from it. pending: the payload length of a
 * frame already received by ck_fw_take_frame, or -1. */
void ck_fw_loader(ck_fw_run *run, int pending);
/* With a frame's two sync bytes just seen: receives the rest (kept across a reset); its payload
 * length, or -1 if it was damaged. */
int ck_fw_take_frame(void);
/* Tells the host how the run it asked for ended (a DONE frame). */
void ck_fw_done(const ck_fw_run *run, uint32_t status, unsigned outcome, uint32_t func, uint32_t pc,
                uint32_t addr, const char *text);

/* The console, for the firmware's own messages (natives.c). */
void ck_fw_print(const char *s);
void ck_fw_print_u32(uint32_t v);
void ck_fw_print_hex(uint32_t v);

#endif
