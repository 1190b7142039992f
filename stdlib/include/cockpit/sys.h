/* <cockpit/sys.h>: the VM's system natives (docs/bytecode.md, "Calling natives") and the heap's
 * statistics. Every Cockpit device provides these. */
#ifndef _COCKPIT_SYS_H
#define _COCKPIT_SYS_H

#include <stddef.h>

/* Stops the guest at once with exit status 'status' (atexit handlers do not run: see exit()). */
_Noreturn void ck_sys_exit(int status) __asm__("sys.exit");

/* The guest heap: low 32 bits = first free address after .bss (8-aligned), high 32 bits = the
 * lowest address the stack may reach. malloc owns [low, high); use these only without malloc. */
unsigned long long ck_sys_heap(void) __asm__("sys.heap");

/* What malloc has handed out and what it still has (all figures in bytes). */
typedef struct ck_heap_info {
    size_t size;            /* the heap's blocks: used + free */
    size_t used;            /* in allocated blocks, headers included */
    size_t free;            /* in free blocks */
    size_t largest_free;    /* the largest block malloc could return now, less its header */
    size_t nalloc;          /* allocated blocks */
    size_t nfree;           /* free blocks */
} ck_heap_info;
void ck_heap_stats(ck_heap_info *info);

#endif
