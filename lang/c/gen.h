/* Shared state of the IR generator (gen.c: module, globals, functions, statements;
 * ckc_gen_expr.c: expressions; ckc_gen_abi.c: LLVM types and the AAPCS calling convention). */
#ifndef COCKPIT_LANG_C_GEN_H
#define COCKPIT_LANG_C_GEN_H

#include <llvm-c/DebugInfo.h>

#include "cc.h"

typedef struct jump { LLVMBasicBlockRef brk, cont; struct jump *up; } jump;

typedef struct gen {
    LLVMTypeRef i1, i8, i16, i32, i64, f32, f64, ptr, voidt;
    LLVMValueRef fn;                   /* function being generated */
    funcdef *fd;
    LLVMBasicBlockRef entry, body;     /* allocas live in entry, which falls into body */
    LLVMBuilderRef ab;                 /* builder for allocas */
    LLVMValueRef sret;                 /* hidden result pointer, or NULL */
    jump *jumps;
    LLVMBasicBlockRef sw_default;      /* innermost switch */
    LLVMValueRef sw;
    int str_counter;
    LLVMBasicBlockRef dead;            /* the block after the last jump */
    /* debug line information (-g) */
    LLVMDIBuilderRef dib;
    LLVMMetadataRef cu, sp;            /* compile unit, current function */
} gen;

/* ckc_gen_abi.c */
LLVMTypeRef ckc_gen_type(cc *c, ctype *t);           /* memory type of a C type */
LLVMTypeRef ckc_gen_func_type(cc *c, ctype *ft);     /* AAPCS-lowered function type */
int ckc_gen_ret_sret(cc *c, ctype *ret);             /* returned through a hidden pointer */
LLVMTypeRef ckc_gen_ret_coerce(cc *c, ctype *ret);   /* small struct returned as iN, or NULL */
LLVMTypeRef ckc_gen_arg_coerce(cc *c, ctype *t);     /* struct passed as [N x i32|i64], or NULL */
void ckc_gen_add_param_attrs(cc *c, LLVMValueRef fn_or_call, ctype *ft, int is_call);
LLVMValueRef ckc_gen_function_value(cc *c, sym *s);

/* gen.c */
LLVMValueRef ckc_gen_alloca(cc *c, LLVMTypeRef t, unsigned align, const char *name);
LLVMValueRef ckc_gen_temp(cc *c, ctype *t);
LLVMValueRef ckc_gen_global_addr(cc *c, sym *s);
LLVMValueRef ckc_gen_string(cc *c, node *s);
void ckc_gen_init_local(cc *c, LLVMValueRef addr, ctype *t, ileaf *leaves);
LLVMBasicBlockRef ckc_gen_block(cc *c, const char *name);
void ckc_gen_start(cc *c, LLVMBasicBlockRef bb);     /* branch from the current block, continue in bb */
int ckc_gen_terminated(cc *c);
void ckc_gen_debug_loc(cc *c, loc l);                 /* source position of what is built next */
void ckc_gen_memcpy(cc *c, LLVMValueRef dst, LLVMValueRef src, unsigned size, unsigned align);
void ckc_gen_memset0(cc *c, LLVMValueRef dst, unsigned size, unsigned align);
void ckc_gen_stmt(cc *c, node *s);

/* builtin.c */
LLVMValueRef ckc_gen_builtin(cc *c, node *e);

/* ckc_gen_expr.c */
LLVMValueRef ckc_gen_expr(cc *c, node *e);           /* value; a struct's address */
LLVMValueRef ckc_gen_addr(cc *c, node *e);           /* address of an lvalue (or struct value) */
LLVMValueRef ckc_gen_cond(cc *c, node *e);           /* i1 */
LLVMValueRef ckc_gen_convert(cc *c, LLVMValueRef v, ctype *from, ctype *to);
LLVMValueRef ckc_gen_load(cc *c, LLVMValueRef addr, ctype *t);
void ckc_gen_store(cc *c, LLVMValueRef addr, LLVMValueRef v, ctype *t);

#endif
