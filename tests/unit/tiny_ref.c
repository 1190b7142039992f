/* The full VM core (vm/core/load.c and interp.c, as libckvm builds them) under other names
 * (ref_vm_*), linked into test_vm_tiny as the reference the tiny core (-DCK_VM_TINY, tiny.c) is
 * compared with: the same images must load or be refused alike and run to the same state. */
#undef CK_VM_TINY
#define ck_vm_load ref_vm_load
#define ck_vm_run ref_vm_run
#define ck_vm_fault_name ref_vm_fault_name
#define ck_vm_ptr ref_vm_ptr
#define ck_vm_crc32 ref_vm_crc32
#define ck_vm_func_name ref_vm_func_name
#define ck_vm_error_text ref_vm_error_text
#include "load.c"
#include "interp.c"
