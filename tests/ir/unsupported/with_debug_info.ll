; expect: function f: unsupported IR: variable-sized alloca (VLA or alloca()) (vla.c:3) in `%a = alloca i32, i32 %n, align 4`
; The source position comes from the instruction's debug location; the !dbg attachment is not quoted.
define i32 @f(i32 %n) !dbg !5 {
  %a = alloca i32, i32 %n, !dbg !8
  store i32 1, ptr %a, !dbg !9
  %v = load i32, ptr %a, !dbg !9
  ret i32 %v, !dbg !9
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "hand-written", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "vla.c", directory: "/src")
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, type: !6, scopeLine: 2, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 3, column: 5, scope: !5)
!9 = !DILocation(line: 4, column: 5, scope: !5)
