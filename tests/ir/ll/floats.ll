; float and double: arithmetic, all 16 fcmp predicates (NaN, infinities, signed zeros), select,
; conversions from and to i1..i64 (in range), the saturating conversions (out of range and NaN),
; fpext/fptrunc (rounding, overflow, denormals), bitcasts, fneg, fabs, copysign, sqrt, fmuladd.
; NaN results are printed as "nan": their payload is not portable.
declare void @"\01io.print_i64"(i64)
declare void @"\01io.print_x64"(i64)
declare i32 @"\01io.putchar"(i32)
declare float @llvm.fabs.f32(float)
declare double @llvm.fabs.f64(double)
declare float @llvm.copysign.f32(float, float)
declare double @llvm.copysign.f64(double, double)
declare float @llvm.sqrt.f32(float)
declare double @llvm.sqrt.f64(double)
declare double @llvm.fmuladd.f64(double, double, double)
declare i32 @llvm.fptosi.sat.i32.f64(double)
declare i32 @llvm.fptoui.sat.i32.f64(double)
declare i8 @llvm.fptosi.sat.i8.f32(float)
declare i64 @llvm.fptosi.sat.i64.f64(double)
declare i64 @llvm.fptoui.sat.i64.f32(float)
declare i16 @llvm.fptoui.sat.i16.f64(double)

@d = global [12 x double] [double 0.0, double -0.0, double 1.5, double -2.25, double 0x7FF0000000000000,
                           double 0xFFF0000000000000, double 0x7FF8000000000000, double 3.0e9,
                           double 1.0e-310, double 0x47EFFFFFE0000000, double 123456789.75, double -1.0e20]
@ints = global [6 x i64] [i64 0, i64 1, i64 -1, i64 9007199254740993, i64 -123456789012, i64 16777217]

define internal void @nl() {
  %c = call i32 @"\01io.putchar"(i32 10)
  ret void
}

define internal void @pi(i64 %v) {
  call void @"\01io.print_i64"(i64 %v)
  %c = call i32 @"\01io.putchar"(i32 32)
  ret void
}

define internal void @pd(double %x) {
  %n = fcmp uno double %x, %x
  br i1 %n, label %nan, label %num
nan:
  %c1 = call i32 @"\01io.putchar"(i32 110)
  %c2 = call i32 @"\01io.putchar"(i32 97)
  %c3 = call i32 @"\01io.putchar"(i32 110)
  br label %out
num:
  %b = bitcast double %x to i64
  call void @"\01io.print_x64"(i64 %b)
  br label %out
out:
  %c = call i32 @"\01io.putchar"(i32 32)
  ret void
}

define internal void @pf(float %x) {
  %e = fpext float %x to double
  %n = fcmp uno float %x, %x
  br i1 %n, label %nan, label %num
nan:
  call void @pd(double %e)
  ret void
num:
  %b = bitcast float %x to i32
  %w = zext i32 %b to i64
  call void @"\01io.print_x64"(i64 %w)
  %c = call i32 @"\01io.putchar"(i32 32)
  ret void
}

define internal double @ld(i32 %i) {
  %q = getelementptr [12 x double], ptr @d, i32 0, i32 %i
  %v = load double, ptr %q
  ret double %v
}

; arithmetic and comparisons of one pair, as double and as float
define internal void @pair(double %a, double %b) {
  %s = fadd double %a, %b
  call void @pd(double %s)
  %t = fsub double %a, %b
  call void @pd(double %t)
  %m = fmul double %a, %b
  call void @pd(double %m)
  %q = fdiv double %a, %b
  call void @pd(double %q)
  %af = fptrunc double %a to float
  %bf = fptrunc double %b to float
  %sf = fadd float %af, %bf
  call void @pf(float %sf)
  %tf = fsub float %af, %bf
  call void @pf(float %tf)
  %mf = fmul float %af, %bf
  call void @pf(float %mf)
  %qf = fdiv float %af, %bf
  call void @pf(float %qf)
  %c0 = fcmp false double %a, %b
  %c1 = fcmp oeq double %a, %b
  %c2 = fcmp ogt double %a, %b
  %c3 = fcmp oge double %a, %b
  %c4 = fcmp olt double %a, %b
  %c5 = fcmp ole double %a, %b
  %c6 = fcmp one double %a, %b
  %c7 = fcmp ord double %a, %b
  %c8 = fcmp ueq double %a, %b
  %c9 = fcmp ugt double %a, %b
  %c10 = fcmp uge double %a, %b
  %c11 = fcmp ult double %a, %b
  %c12 = fcmp ule double %a, %b
  %c13 = fcmp une double %a, %b
  %c14 = fcmp uno double %a, %b
  %c15 = fcmp true double %a, %b
  %k0 = zext i1 %c0 to i64
  %k1 = zext i1 %c1 to i64
  %k2 = zext i1 %c2 to i64
  %k3 = zext i1 %c3 to i64
  %k4 = zext i1 %c4 to i64
  %k5 = zext i1 %c5 to i64
  %k6 = zext i1 %c6 to i64
  %k7 = zext i1 %c7 to i64
  %k8 = zext i1 %c8 to i64
  %k9 = zext i1 %c9 to i64
  %k10 = zext i1 %c10 to i64
  %k11 = zext i1 %c11 to i64
  %k12 = zext i1 %c12 to i64
  %k13 = zext i1 %c13 to i64
  %k14 = zext i1 %c14 to i64
  %k15 = zext i1 %c15 to i64
  %s1 = shl i64 %k1, 1
  %s2 = shl i64 %k2, 2
  %s3 = shl i64 %k3, 3
  %s4 = shl i64 %k4, 4
  %s5 = shl i64 %k5, 5
  %s6 = shl i64 %k6, 6
  %s7 = shl i64 %k7, 7
  %s8 = shl i64 %k8, 8
  %s9 = shl i64 %k9, 9
  %s10 = shl i64 %k10, 10
  %s11 = shl i64 %k11, 11
  %s12 = shl i64 %k12, 12
  %s13 = shl i64 %k13, 13
  %s14 = shl i64 %k14, 14
  %s15 = shl i64 %k15, 15
  %o1 = or i64 %k0, %s1
  %o2 = or i64 %o1, %s2
  %o3 = or i64 %o2, %s3
  %o4 = or i64 %o3, %s4
  %o5 = or i64 %o4, %s5
  %o6 = or i64 %o5, %s6
  %o7 = or i64 %o6, %s7
  %o8 = or i64 %o7, %s8
  %o9 = or i64 %o8, %s9
  %o10 = or i64 %o9, %s10
  %o11 = or i64 %o10, %s11
  %o12 = or i64 %o11, %s12
  %o13 = or i64 %o12, %s13
  %o14 = or i64 %o13, %s14
  %o15 = or i64 %o14, %s15
  call void @pi(i64 %o15)
  %f1 = fcmp olt float %af, %bf
  %f2 = fcmp une float %af, %bf
  %f3 = fcmp ueq float %af, %bf
  %f4 = fcmp ord float %af, %bf
  %g1 = zext i1 %f1 to i64
  %g2 = zext i1 %f2 to i64
  %g3 = zext i1 %f3 to i64
  %g4 = zext i1 %f4 to i64
  %h2 = shl i64 %g2, 1
  %h3 = shl i64 %g3, 2
  %h4 = shl i64 %g4, 3
  %j1 = or i64 %g1, %h2
  %j2 = or i64 %j1, %h3
  %j3 = or i64 %j2, %h4
  call void @pi(i64 %j3)
  %lt = fcmp olt double %a, %b
  %mn = select i1 %lt, double %a, double %b
  call void @pd(double %mn)
  call void @nl()
  ret void
}

; unary operations and conversions of one value
define internal void @one(double %a) {
  %n = fneg double %a
  call void @pd(double %n)
  %ab = call double @llvm.fabs.f64(double %a)
  call void @pd(double %ab)
  %cs = call double @llvm.copysign.f64(double 3.0, double %a)
  call void @pd(double %cs)
  %sq = call double @llvm.sqrt.f64(double %ab)
  call void @pd(double %sq)
  %f = fptrunc double %a to float
  call void @pf(float %f)
  %fn = fneg float %f
  call void @pf(float %fn)
  %fa = call float @llvm.fabs.f32(float %f)
  call void @pf(float %fa)
  %fc = call float @llvm.copysign.f32(float 0.5, float %f)
  call void @pf(float %fc)
  %fs = call float @llvm.sqrt.f32(float %fa)
  call void @pf(float %fs)
  %e = fpext float %f to double
  call void @pd(double %e)
  %s1 = call i32 @llvm.fptosi.sat.i32.f64(double %a)
  %s1w = sext i32 %s1 to i64
  call void @pi(i64 %s1w)
  %s2 = call i32 @llvm.fptoui.sat.i32.f64(double %a)
  %s2w = zext i32 %s2 to i64
  call void @pi(i64 %s2w)
  %s3 = call i8 @llvm.fptosi.sat.i8.f32(float %f)
  %s3w = sext i8 %s3 to i64
  call void @pi(i64 %s3w)
  %s4 = call i64 @llvm.fptosi.sat.i64.f64(double %a)
  call void @pi(i64 %s4)
  %s5 = call i64 @llvm.fptoui.sat.i64.f32(float %f)
  call void @pi(i64 %s5)
  %s6 = call i16 @llvm.fptoui.sat.i16.f64(double %a)
  %s6w = zext i16 %s6 to i64
  call void @pi(i64 %s6w)
  %fm = call double @llvm.fmuladd.f64(double %a, double 2.0, double 0.25)
  call void @pd(double %fm)
  call void @nl()
  ret void
}

; integers to floating point and back (in range)
define internal void @conv(i64 %x) {
  %b1 = trunc i64 %x to i1
  %b8 = trunc i64 %x to i8
  %b16 = trunc i64 %x to i16
  %b32 = trunc i64 %x to i32
  %b40 = trunc i64 %x to i40
  %d1 = uitofp i1 %b1 to double
  call void @pd(double %d1)
  %d1s = sitofp i1 %b1 to float
  call void @pf(float %d1s)
  %d8 = sitofp i8 %b8 to double
  call void @pd(double %d8)
  %d8u = uitofp i8 %b8 to float
  call void @pf(float %d8u)
  %d16 = sitofp i16 %b16 to float
  call void @pf(float %d16)
  %d32 = sitofp i32 %b32 to double
  call void @pd(double %d32)
  %d32u = uitofp i32 %b32 to double
  call void @pd(double %d32u)
  %f32 = sitofp i32 %b32 to float
  call void @pf(float %f32)
  %f32u = uitofp i32 %b32 to float
  call void @pf(float %f32u)
  %d64 = sitofp i64 %x to double
  call void @pd(double %d64)
  %d64u = uitofp i64 %x to double
  call void @pd(double %d64u)
  %f64 = sitofp i64 %x to float
  call void @pf(float %f64)
  %f64u = uitofp i64 %x to float
  call void @pf(float %f64u)
  %d40 = sitofp i40 %b40 to double
  call void @pd(double %d40)
  %d40u = uitofp i40 %b40 to float
  call void @pf(float %d40u)
  ; back: the values above are exact or rounded in range
  %r8 = fptosi double %d8 to i8
  %r8w = sext i8 %r8 to i64
  call void @pi(i64 %r8w)
  %r16 = fptoui float %d8u to i16
  %r16w = zext i16 %r16 to i64
  call void @pi(i64 %r16w)
  %r32 = fptosi double %d32 to i32
  %r32w = sext i32 %r32 to i64
  call void @pi(i64 %r32w)
  %r32u = fptoui double %d32u to i32
  %r32uw = zext i32 %r32u to i64
  call void @pi(i64 %r32uw)
  %r64 = fptosi double %d40 to i64
  call void @pi(i64 %r64)
  %r40 = fptosi double %d40 to i40
  %r40w = sext i40 %r40 to i64
  call void @pi(i64 %r40w)
  call void @nl()
  ret void
}

define i32 @main() {
entry:
  br label %outer
outer:
  %i = phi i32 [ 0, %entry ], [ %i1, %outer.end ]
  %a = call double @ld(i32 %i)
  call void @one(double %a)
  br label %inner
inner:
  %j = phi i32 [ 0, %outer ], [ %j1, %inner ]
  %b = call double @ld(i32 %j)
  call void @pair(double %a, double %b)
  %j1 = add i32 %j, 1
  %jd = icmp eq i32 %j1, 12
  br i1 %jd, label %outer.end, label %inner
outer.end:
  %i1 = add i32 %i, 1
  %id = icmp eq i32 %i1, 12
  br i1 %id, label %ints, label %outer
ints:
  %k = phi i32 [ 0, %outer.end ], [ %k1, %ints ]
  %q = getelementptr [6 x i64], ptr @ints, i32 0, i32 %k
  %x = load i64, ptr %q
  call void @conv(i64 %x)
  %k1 = add i32 %k, 1
  %kd = icmp eq i32 %k1, 6
  br i1 %kd, label %exit, label %ints
exit:
  ret i32 0
}
