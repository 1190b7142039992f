/* The host port of the Cockpit VM: runs an image in a Linux process, with the standard natives
 * (include/cockpit/natives.h) writing to a stdio stream. Used by `cockpit run` and the tests. */
#ifndef COCKPIT_CKHOST_H
#define COCKPIT_CKHOST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "ckvm.h"

typedef struct ck_host_opts {
    uint32_t mem_size;      /* guest memory bytes; 0 = 1 MiB */
    uint64_t budget;        /* ck_vm_run budget: taken branches, calls, bulk bytes / 256; 0 = unlimited */
    FILE *out, *err;        /* console and diagnostics; NULL = stdout / stderr */
} ck_host_opts;

/* Loads, verifies and runs an image. Returns the process exit status: the guest's status & 0xff;
 * 1 after "IMAGE: error: MESSAGE" when the image is rejected; 134 after
 * "IMAGE: fault: KIND in function NAME (index N) at pc 0xPC[, address 0xADDR][ (FILE:LINE)]" on a fault
 * (the source position when the image has a LINES table).
 * The guest's console output is buffered and flushed before either message and at exit. */
int ck_host_run(const uint8_t *img, size_t n, const char *image_name, const ck_host_opts *o);

/* The natives the host provides (every device provides the same set). */
extern const ck_native ck_host_natives[];
extern const uint32_t ck_host_nnatives;

#endif
