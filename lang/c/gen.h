/* Shared state of the IR generator (gen.c: module, globals, functions, statements;
 * gen_expr.c: expressions; gen_abi.c: LLVM types and the AAPCS calling convention). */
#ifndef COCKPIT_LANG_C_GEN_H
#define COCKPIT_LANG_C_GEN_H

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
} gen;

/* gen_abi.c */
LLVMTypeRef gen_type(cc *c, ctype *t);           /* memory type of a C type */
LLVMTypeRef gen_func_type(cc *c, ctype *ft);     /* AAPCS-lowered function type */
int gen_ret_sret(cc *c, ctype *ret);             /* returned through a hidden pointer */
LLVMTypeRef gen_ret_coerce(cc *c, ctype *ret);   /* small struct returned as iN, or NULL */
LLVMTypeRef gen_arg_coerce(cc *c, ctype *t);     /* struct passed as [N x i32|i64], or NULL */
void gen_add_param_attrs(cc *c, LLVMValueRef fn_or_call, ctype *ft, int is_call);
LLVMValueRef gen_function_value(cc *c, sym *s);

/* gen.c */
LLVMValueRef gen_alloca(cc *c, LLVMTypeRef t, unsigned align, const char *name);
LLVMValueRef gen_temp(cc *c, ctype *t);
LLVMValueRef gen_global_addr(cc *c, sym *s);
LLVMValueRef gen_string(cc *c, node *s);
void gen_init_local(cc *c, LLVMValueRef addr, ctype *t, ileaf *leaves);
LLVMBasicBlockRef gen_block(cc *c, const char *name);
void gen_start(cc *c, LLVMBasicBlockRef bb);     /* branch from the current block, continue in bb */
int gen_terminated(cc *c);
void gen_memcpy(cc *c, LLVMValueRef dst, LLVMValueRef src, unsigned size, unsigned align);
void gen_memset0(cc *c, LLVMValueRef dst, unsigned size, unsigned align);

/* gen_expr.c */
LLVMValueRef gen_expr(cc *c, node *e);           /* value; a struct's address */
LLVMValueRef gen_addr(cc *c, node *e);           /* address of an lvalue (or struct value) */
LLVMValueRef gen_cond(cc *c, node *e);           /* i1 */
LLVMValueRef gen_convert(cc *c, LLVMValueRef v, ctype *from, ctype *to);
LLVMValueRef gen_load(cc *c, LLVMValueRef addr, ctype *t);
void gen_store(cc *c, LLVMValueRef addr, LLVMValueRef v, ctype *t);

#endif
