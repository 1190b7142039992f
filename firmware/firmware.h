/* The portable part of the firmware: loader, natives and the run loop, over board.h. */
#ifndef COCKPIT_FIRMWARE_H
#define COCKPIT_FIRMWARE_H

#include <stddef.h>
#include <stdint.h>

uint32_t ck_fw_crc32(uint32_t crc, const uint8_t *p, uint32_t n);
/* Full VM verification of an image against this device; 0, or -1 with a message. */
int ck_fw_verify(const uint8_t *img, uint32_t n, char *err, uint32_t errlen);
/* The slot holding the current image, or -1. */
int ck_fw_current_slot(void);
/* Serves the flash protocol until RUN; returns RUN's flags. */
int ck_fw_loader(int pending);
/* Polls the UART while a guest runs: 1 when the host has started a frame. */
int ck_fw_poll_sync(void);

#endif
