/* Host side of getting images onto boards: serial/TCP transports, the flash-protocol client
 * (docs/flash-protocol.md), the GDB remote-serial-protocol backend, and the board table. */
#ifndef COCKPIT_CKFLASH_H
#define COCKPIT_CKFLASH_H

#include <stddef.h>
#include <stdint.h>

/* --- transports (flash/transport.c) ----------------------------------------------------------- */
typedef struct ck_port { int fd; char name[128]; } ck_port;
/* "tcp:HOST:PORT" or a serial device path (raw mode, 115200 8N1). 0, or -1 with a message. */
int ck_port_open(ck_port *p, const char *spec, char *err, size_t errlen);
int ck_port_write(ck_port *p, const void *buf, size_t n);
/* Reads up to n bytes, waiting at most ms; returns the count, 0 on timeout, -1 on a closed line. */
int ck_port_read(ck_port *p, void *buf, size_t n, int ms);
void ck_port_close(ck_port *p);

/* --- the flash-protocol client (flash/client.c) ---------------------------------------------- */
typedef struct ck_flash_opts {
    const char *board;       /* refuse unless the device reports this board (NULL: any) */
    int quiet;               /* no progress bar */
    int run_flags;           /* CK_FP_RUN_* sent with RUN */
    int no_run;              /* store only */
    int timeout_ms;          /* per-frame answer timeout (default 1000) */
} ck_flash_opts;
/* Delivers an image over an open port: handshake, transfer with retransmission and resume,
 * verification, read-back, run. 0, or -1 after printing "error: ..." to stderr. */
int ck_flash_serial(ck_port *p, const uint8_t *img, size_t n, const ck_flash_opts *o);

/* --- GDB remote serial protocol (flash/gdb.c) -------------------------------------------------- */
/* Writes the image into the board's inactive slot through a GDB server at HOST:PORT, reads it
 * back, switches the slot metadata to it and resets the core. 0, or -1 with a message. */
struct ck_board_desc;
int ck_flash_gdb(const char *hostport, const struct ck_board_desc *bd, const uint8_t *img, size_t n,
                 char *err, size_t errlen);

/* --- boards (flash/boards.c) ------------------------------------------------------------------ */
typedef struct ck_board_desc {
    const char *name, *cpu, *qemu, *machine, *summary;
    uint32_t slot_addr, slot_size;   /* where the firmware keeps its image slots (GDB backend) */
} ck_board_desc;
const ck_board_desc *ck_board_find(const char *name);
const ck_board_desc *ck_boards(size_t *n);

#endif
