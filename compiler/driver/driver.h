/* Pieces of the cockpit driver shared between its files. */
#ifndef COCKPIT_DRIVER_H
#define COCKPIT_DRIVER_H

#include "cktools.h"

/* Firmware ELF -> "elf" | "hex" | "bin" bytes appended to out. */
int ck_firmware_convert(const ck_buf *elf, const char *format, ck_buf *out, char *err, size_t errlen);
/* Path of an installed or built data file (firmware/..., stdlib/...): $COCKPIT_HOME, then the
 * directory of the running executable (a build tree), then the install directory. */
char *ck_data_path(const char *rel);

/* --- boards (board.c) --- */
typedef struct ck_flash_cli {
    const char *board, *port, *gdb;
    int quiet, monitor, timeout_ms;
} ck_flash_cli;
int ck_cmd_boards(void);
int ck_cmd_firmware(const char *board, const char *output);
int ck_cmd_flash(const uint8_t *img, size_t n, const ck_flash_cli *c);
/* Starts the board's emulator, flashes the image through its loader, shows the console until
 * the guest ends; returns the guest's exit status. */
int ck_run_on_board(const uint8_t *img, size_t n, const char *board, int quiet);

#endif
