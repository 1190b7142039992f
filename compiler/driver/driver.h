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
    uint64_t budget;         /* with --monitor: sent with RUN (0 = unlimited) */
    uint32_t mem_size;       /* guest memory sent with RUN (0 = the board's default) */
    const char *name;        /* the image's name in fault messages */
} ck_flash_cli;
int ck_cmd_boards(void);
int ck_cmd_firmware(const char *board, const char *output);
int ck_cmd_flash(const uint8_t *img, size_t n, const ck_flash_cli *c);
/* Starts the board's emulator, flashes the image through its loader, shows the console until
 * the guest ends; returns the guest's exit status. */
int ck_run_on_board(const uint8_t *img, size_t n, const char *board, int quiet);
/* The same with the host VM's run options; fault messages name the image as the host VM does. */
typedef struct ck_board_run_opts {
    const char *board, *name;
    uint64_t budget;         /* taken branches and calls before a budget fault (0 = unlimited) */
    uint32_t mem_size;       /* guest memory (0 = the board's default) */
    int quiet;
} ck_board_run_opts;
int ck_board_run(const uint8_t *img, size_t n, const ck_board_run_opts *o);

#endif
