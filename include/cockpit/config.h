/* Every limit of the Cockpit VM and toolchain, named once. Documented in docs/bytecode.md. */
#ifndef COCKPIT_CONFIG_H
#define COCKPIT_CONFIG_H

#define CK_IMAGE_VERSION    1u      /* format version carried by every .cbc */
#define CK_OBJECT_VERSION   1u      /* format version carried by every .cko */

#define CK_MEM_BASE         0x100u  /* lowest valid guest address; [0, CK_MEM_BASE) faults (null guard) */
#define CK_MAX_REGS         255u    /* registers in one function's window */
#define CK_MAX_FUNCS        65535u  /* function indices are u16 */
#define CK_MAX_IMPORTS      65535u  /* native import indices are u16 */
#define CK_MAX_FUNC_CODE    32767u  /* bytes of code in one function: branch offsets are i16 */
#define CK_MAX_FRAME        32760u  /* bytes of guest stack frame per function: FRAME offsets are i16 */
#define CK_MAX_JTAB         4096u   /* entries in one jump table */
#define CK_MAX_SECTIONS     32u     /* entries in a section directory */
#define CK_MAX_NAME         255u    /* bytes in a symbol or import name */
#define CK_STACK_ALIGN      8u      /* guest stack pointer and frame sizes are multiples of this */
#define CK_DEFAULT_STACK    4096u   /* guest stack bytes an image asks for unless told otherwise */
#ifndef CK_MAX_CALL_DEPTH           /* a port may lower it; the arena may also bound it (ckvm.h) */
#define CK_MAX_CALL_DEPTH   4096u   /* nested calls before a stack overflow fault */
#endif
#define CK_MIN_MEM          64u     /* smallest guest memory the VM accepts */
#define CK_BUDGET_BULK      256u    /* a bulk memory operation costs one unit of budget per this many bytes */

#endif
