; Function pointers: indirect calls of several signatures (i64, double, narrow signext/zeroext
; values, struct results, void), pointers chosen by select and by phi in a loop, compared with
; each other and with null, kept in memory, passed as callbacks, returned, and called in tail
; position.
declare void @"\01io.print_i64"(i64)
declare i32 @"\01io.putchar"(i32)

@which = global i32 3
@slot = global ptr null

define internal void @p(i64 %v) {
  call void @"\01io.print_i64"(i64 %v)
  %c = call i32 @"\01io.putchar"(i32 32)
  ret void
}

define internal i64 @add64(i64 %a, i64 %b) {
  %r = add i64 %a, %b
  ret i64 %r
}

define internal i64 @sub64(i64 %a, i64 %b) {
  %r = sub i64 %a, %b
  ret i64 %r
}

define internal double @scale(double %x, i32 %k) {
  %kf = sitofp i32 %k to double
  %r = fmul double %x, %kf
  ret double %r
}

define internal signext i8 @neg8(i8 signext %x) {
  %r = sub i8 0, %x
  ret i8 %r
}

define internal zeroext i16 @inv16(i16 zeroext %x) {
  %r = xor i16 %x, -1
  ret i16 %r
}

define internal { i32, i64 } @both(i32 %x) {
  %w = sext i32 %x to i64
  %m = mul i64 %w, 1000000007
  %a = insertvalue { i32, i64 } undef, i32 %x, 0
  %b = insertvalue { i32, i64 } %a, i64 %m, 1
  ret { i32, i64 } %b
}

define internal void @record(i64 %v) {
  call void @p(i64 %v)
  ret void
}

define internal i64 @apply(ptr %f, i64 %a, i64 %b) {
  %r = tail call i64 %f(i64 %a, i64 %b)
  ret i64 %r
}

define internal ptr @pick(i32 %k) {
  %c = icmp sgt i32 %k, 2
  %f = select i1 %c, ptr @add64, ptr @sub64
  ret ptr %f
}

define i32 @main() {
entry:
  %k = load i32, ptr @which
  %f = call ptr @pick(i32 %k)
  %r1 = call i64 %f(i64 40, i64 2)
  call void @p(i64 %r1)
  %g = call ptr @pick(i32 1)
  %r2 = call i64 @apply(ptr %g, i64 40, i64 2)
  call void @p(i64 %r2)
  %eq = icmp eq ptr %f, @add64
  %ne = icmp ne ptr %f, %g
  %eqw = zext i1 %eq to i64
  %new = zext i1 %ne to i64
  call void @p(i64 %eqw)
  call void @p(i64 %new)
  ; through memory
  store ptr @scale, ptr @slot
  %s = load ptr, ptr @slot
  %d = call double %s(double 1.25, i32 -4)
  %di = fptosi double %d to i64
  call void @p(i64 %di)
  %sn = icmp eq ptr %s, null
  %snw = zext i1 %sn to i64
  call void @p(i64 %snw)
  ; narrow arguments and results through a pointer
  %n8 = select i1 %eq, ptr @neg8, ptr null
  %v8 = call signext i8 %n8(i8 signext 100)
  %v8w = sext i8 %v8 to i64
  call void @p(i64 %v8w)
  %n16 = load ptr, ptr @slot
  store ptr @inv16, ptr @slot
  %n16b = load ptr, ptr @slot
  %v16 = call zeroext i16 %n16b(i16 zeroext 1)
  %v16w = zext i16 %v16 to i64
  call void @p(i64 %v16w)
  ; a struct result
  %bp = select i1 %ne, ptr @both, ptr null
  %st = call { i32, i64 } %bp(i32 -7)
  %s0 = extractvalue { i32, i64 } %st, 0
  %s1 = extractvalue { i32, i64 } %st, 1
  %s0w = sext i32 %s0 to i64
  call void @p(i64 %s0w)
  call void @p(i64 %s1)
  br label %loop
loop:
  ; a phi of function pointers alternating between two callees
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 1, %entry ], [ %acc1, %loop ]
  %fn = phi ptr [ @add64, %entry ], [ %fn1, %loop ]
  %acc1 = call i64 %fn(i64 %acc, i64 5)
  %isadd = icmp eq ptr %fn, @add64
  %fn1 = select i1 %isadd, ptr @sub64, ptr @add64
  %rec = select i1 %isadd, ptr @record, ptr @record
  call void %rec(i64 %acc1)
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, 5
  br i1 %done, label %exit, label %loop
exit:
  %fin = trunc i64 %acc1 to i32
  ret i32 %fin
}
