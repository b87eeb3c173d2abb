{{/* kube-whoami ignore=pss-privileged helpers render no pod fields (expect: unused-suppression) */}}
{{- define "api.name" -}}api{{- end }}
