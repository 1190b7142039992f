/* Host side of getting images onto boards: serial/TCP transports, the flash-protocol client
 * (docs/flash-protocol.md), the GDB remote-serial-protocol backend, and the board table. */
#ifndef COCKPIT_CKFLASH_H
#define COCKPIT_CKFLASH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* --- transports (flash/transport.c) ----------------------------------------------------------- */
typedef struct ck_port {
    int fd, sock, tcp;       /* sock: fd is a socket; tcp: a TCP one */
    char name[128];
    uint8_t back[2048];      /* bytes read ahead and given back (ck_port_unread) */
    size_t nback;
} ck_port;
/* "tcp:HOST:PORT", "unix:PATH" or a serial device path (raw mode, 115200 8N1). 0, or -1 with a
 * message. */
int ck_port_open(ck_port *p, const char *spec, char *err, size_t errlen);
int ck_port_write(ck_port *p, const void *buf, size_t n);
/* Reads up to n bytes, waiting at most ms; returns the count, 0 on timeout, -1 on a closed line. */
int ck_port_read(ck_port *p, void *buf, size_t n, int ms);
/* Gives bytes back: the next reads return them first. -1 if they do not fit. */
int ck_port_unread(ck_port *p, const void *buf, size_t n);
void ck_port_close(ck_port *p);

/* --- the flash-protocol client (flash/client.c) ---------------------------------------------- */
typedef struct ck_flash_opts {
    const char *board;       /* refuse unless the device reports this board (NULL: any) */
    int quiet;               /* no progress bar, no messages */
    int run_flags;           /* CK_FP_RUN_* sent with RUN */
    int no_run;              /* store only */
    int timeout_ms;          /* per-frame answer timeout (default 1000) */
    uint64_t budget;         /* sent with RUN: the guest's budget (0 = unlimited) */
    uint32_t mem_size;       /* sent with RUN: guest memory (0 = the board's default) */
} ck_flash_opts;
/* Delivers an image over an open port: handshake, transfer with retransmission and resume,
 * verification, read-back, run. 0, or -1 after printing "error: ..." to stderr. Console output
 * that followed the RUN answer stays in the port for ck_flash_monitor.
 * COCKPIT_FLASH_INJECT (tests) damages chosen frames: see docs/flash-protocol.md. */
int ck_flash_serial(ck_port *p, const uint8_t *img, size_t n, const ck_flash_opts *o);

/* How a run that asked for CK_FP_RUN_REPORT ended (the DONE frame). */
typedef struct ck_run_report {
    uint32_t status;         /* exit status (134 after a fault) */
    unsigned outcome;        /* CK_FP_DONE_EXIT, a fault kind (ckvm.h) or CK_FP_DONE_LOAD */
    uint32_t func, pc, addr; /* where a fault happened */
    char text[160];          /* the faulting function's name, or why the image did not load */
} ck_run_report;
/* Copies the console to out until the device reports the end of the run (returns 1 and fills
 * *rep), the line closes, or idle_ms pass without a byte (0 = no limit); both return 0. */
int ck_flash_monitor(ck_port *p, FILE *out, ck_run_report *rep, int idle_ms);

/* --- GDB remote serial protocol (flash/gdb.c) -------------------------------------------------- */
/* Writes the image into the board's inactive slot through a GDB server at HOST:PORT (or
 * unix:PATH), reads it back, switches the slot metadata to it and resets the core. 0, or -1 with
 * a message. */
struct ck_board_desc;
int ck_flash_gdb(const char *hostport, const struct ck_board_desc *bd, const uint8_t *img, size_t n,
                 char *err, size_t errlen);

/* --- boards (flash/boards.c) ------------------------------------------------------------------ */
enum ck_board_reset { CK_RESET_AIRCR, CK_RESET_MONITOR };
typedef struct ck_board_desc {
    const char *name, *cpu;
    const char *qemu, *machine;      /* how to emulate it: qemu-system-X -M MACHINE */
    const char *summary;
    uint32_t guest_mem;              /* bytes of guest memory its firmware gives a program */
    uint32_t slot_addr, slot_size;   /* where the firmware keeps its image slots (GDB backend) */
    uint32_t meta_addr;              /* the slot metadata word; 0: not writable through GDB */
    int reset;                       /* how the GDB backend resets the board (enum ck_board_reset) */
    int tiny;                        /* its firmware has the tiny VM (vm/core/tiny.c): tiny images only */
} ck_board_desc;
const ck_board_desc *ck_board_find(const char *name);
const ck_board_desc *ck_boards(size_t *n);

#endif
